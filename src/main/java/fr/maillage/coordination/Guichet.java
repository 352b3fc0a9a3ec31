package fr.maillage.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

import fr.maillage.api.Window;
import fr.maillage.db.AnswerCache;
import fr.maillage.db.Graph;
import fr.maillage.territory.Territories;
import fr.maillage.territory.TerritoryScope;
import fr.maillage.vocabulary.ReferralStatus;

/**
 * The guichet intégré of territory T over a window (contract v1.2): for every structure of T's
 * ecology that received a referral about a person of T dated in the window, how many it
 * received, answered (with a {@code response_date}) and after how many days (median), refused,
 * redirected or left without response (final status), how many were outside its remit (at least
 * one reason, none among its domains) and how many arrived late (the person had no active
 * involvement on the referral's date and one ended with {@code rupture} in the 30 days before).
 * The definitions are in {@code cypher/coordination/guichet.cypher}. Rows by structure id.
 */
@Service
public class Guichet {

    private final Graph graph;
    private final Territories territories;
    private final AnswerCache answers;

    public Guichet(Graph graph, Territories territories, AnswerCache answers) {
        this.graph = graph;
        this.territories = territories;
        this.answers = answers;
    }

    /** 404 for an unknown territory. */
    public List<GuichetRow> of(String territoryId, Window window) {
        return answers.get("guichet", List.of(territoryId, window), () -> compute(territoryId, window));
    }

    private List<GuichetRow> compute(String territoryId, Window window) {
        TerritoryScope scope = territories.scope(territoryId);
        Map<String, Tally> tallies = new TreeMap<>();
        graph.read("coordination/guichet.cypher", Map.of("territoryIds", List.copyOf(scope.descendants()),
                "ecology", List.copyOf(scope.ecology()), "from", window.from(), "to", window.to()), r -> {
            tallies.computeIfAbsent(r.get("structureId").asString(), id -> new Tally()).add(r);
            return r;
        });
        List<GuichetRow> rows = new ArrayList<>();
        tallies.forEach((structureId, tally) -> rows.add(tally.row(structureId)));
        return List.copyOf(rows);
    }

    /** The referrals one structure received, counted. */
    private static final class Tally {
        long received;
        long refused;
        long redirected;
        long withoutResponse;
        long outsideRemit;
        long late;
        final List<Long> delays = new ArrayList<>();

        void add(Record r) {
            received++;
            String status = r.get("status").asString();
            if (status.equals(ReferralStatus.REFUSEE.code())) {
                refused++;
            } else if (status.equals(ReferralStatus.REORIENTEE.code())) {
                redirected++;
            } else if (status.equals(ReferralStatus.SANS_REPONSE.code())) {
                withoutResponse++;
            }
            if (!r.get("delayDays").isNull()) {
                delays.add(r.get("delayDays").asLong());
            }
            outsideRemit += r.get("outsideRemit").asBoolean() ? 1 : 0;
            late += r.get("late").asBoolean() ? 1 : 0;
        }

        GuichetRow row(String structureId) {
            return new GuichetRow(structureId, received, delays.size(), median(delays), refused, redirected,
                    withoutResponse, outsideRemit, late);
        }
    }

    /** The median (the mean of the two middle values for an even count); null when empty. */
    public static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? (double) sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
