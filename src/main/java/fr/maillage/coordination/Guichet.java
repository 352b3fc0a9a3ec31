package fr.maillage.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        return answers.get("guichet", List.of(territoryId, window), () -> {
            Map<String, Tally> tallies = new TreeMap<>();
            received(territoryId, window).forEach(r -> tallies.computeIfAbsent(r.structureId(), id -> new Tally()).add(r));
            List<GuichetRow> rows = new ArrayList<>();
            tallies.forEach((structureId, tally) -> rows.add(tally.row(structureId)));
            return List.copyOf(rows);
        });
    }

    /**
     * The same counts over every receiving structure of the ecology at once (structure id null),
     * the median over all their answered referrals: the territory's figures in the comparison.
     */
    public GuichetRow total(String territoryId, Window window) {
        Tally tally = new Tally();
        received(territoryId, window).forEach(tally::add);
        return tally.row(null);
    }

    /** One referral the guichet received, as {@code guichet.cypher} reads it. */
    private record Received(String structureId, String status, Long delayDays, boolean outsideRemit, boolean late) {
    }

    private List<Received> received(String territoryId, Window window) {
        return answers.get("guichet-referrals", List.of(territoryId, window), () -> {
            TerritoryScope scope = territories.scope(territoryId);
            return List.copyOf(graph.read("coordination/guichet.cypher", Map.of(
                    "territoryIds", List.copyOf(scope.descendants()), "ecology", List.copyOf(scope.ecology()),
                    "from", window.from(), "to", window.to()), r -> new Received(r.get("structureId").asString(),
                    r.get("status").asString(), r.get("delayDays").isNull() ? null : r.get("delayDays").asLong(),
                    r.get("outsideRemit").asBoolean(), r.get("late").asBoolean())));
        });
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

        void add(Received r) {
            received++;
            String status = r.status();
            if (status.equals(ReferralStatus.REFUSEE.code())) {
                refused++;
            } else if (status.equals(ReferralStatus.REORIENTEE.code())) {
                redirected++;
            } else if (status.equals(ReferralStatus.SANS_REPONSE.code())) {
                withoutResponse++;
            }
            if (r.delayDays() != null) {
                delays.add(r.delayDays());
            }
            outsideRemit += r.outsideRemit() ? 1 : 0;
            late += r.late() ? 1 : 0;
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
