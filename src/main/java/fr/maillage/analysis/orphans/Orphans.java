package fr.maillage.analysis.orphans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

import fr.maillage.analysis.offer.Offer;
import fr.maillage.analysis.offer.Offers;
import fr.maillage.db.AnswerCache;
import fr.maillage.db.Graph;
import fr.maillage.person.PersonState;
import fr.maillage.person.PersonStates;
import fr.maillage.territory.Territories;

/**
 * Orphan situations (situations orphelines) of territory T on date D, per the contract: for
 * the persons of T whose situation is not closed on D, every reason that applies.
 *
 * <p>The follow-up reasons come from {@code cypher/analysis/orphans-follow-up.cypher}; the
 * uncovered needs are the person's needs on D that no structure serving their territory of
 * residence {@linkplain Offer#handles handles} for them on D. Answer order: most reasons
 * first, then person id.
 */
@Service
public class Orphans {

    private static final Set<String> COMPLEX = Set.of("complexe", "extreme");

    private final Graph graph;
    private final PersonStates personStates;
    private final Territories territories;
    private final Offers offers;
    private final AnswerCache answers;

    public Orphans(Graph graph, PersonStates personStates, Territories territories, Offers offers,
                   AnswerCache answers) {
        this.answers = answers;
        this.graph = graph;
        this.personStates = personStates;
        this.territories = territories;
        this.offers = offers;
    }

    /** With the contract's thresholds (90 days of window, 30 days without response). */
    public List<OrphanSituation> of(String territoryId, LocalDate asOf) {
        return of(territoryId, asOf, OrphanThresholds.DEFAULT);
    }

    public List<OrphanSituation> of(String territoryId, LocalDate asOf, OrphanThresholds thresholds) {
        return answers.get("orphans", List.of(territoryId, asOf, thresholds),
                () -> List.copyOf(orphansNow(territoryId, asOf, thresholds)));
    }

    private List<OrphanSituation> orphansNow(String territoryId, LocalDate asOf, OrphanThresholds thresholds) {
        List<PersonState> open = personStates.of(territoryId, asOf).stream().filter(p -> !p.closed()).toList();
        Map<String, FollowUp> followUps = followUps(open, asOf, thresholds);
        Map<String, Map<String, List<Offer>>> offerByTerritory = offerByTerritory(open);
        List<OrphanSituation> orphans = new ArrayList<>();
        for (PersonState person : open) {
            List<String> uncovered = person.needs().stream()
                    .filter(need -> offerByTerritory.getOrDefault(person.territoryId(), Map.of())
                            .getOrDefault(need, List.of()).stream()
                            .noneMatch(offer -> offer.handles(need, person, asOf)))
                    .toList();
            List<String> reasons = reasons(person, followUps.get(person.personId()), uncovered);
            if (!reasons.isEmpty()) {
                orphans.add(new OrphanSituation(person.personId(), reasons, person.complexity(), person.needs(),
                        uncovered, person.territoryId()));
            }
        }
        orphans.sort(Comparator.comparingInt((OrphanSituation o) -> -o.reasons().size())
                .thenComparing(OrphanSituation::personId));
        return orphans;
    }

    private static List<String> reasons(PersonState person, FollowUp followUp, List<String> uncovered) {
        List<String> reasons = new ArrayList<>();
        if (followUp.active() == 0) {
            reasons.add(OrphanReason.SANS_INTERLOCUTEUR.code());
        }
        if (followUp.pingPong()) {
            reasons.add(OrphanReason.PING_PONG.code());
        }
        if (followUp.unanswered()) {
            reasons.add(OrphanReason.SANS_REPONSE.code());
        }
        if (person.complexity() != null && COMPLEX.contains(person.complexity()) && !followUp.inEhpad() && !followUp.caseManaged()) {
            reasons.add(OrphanReason.COMPLEXE_SANS_GESTIONNAIRE.code());
        }
        if (!uncovered.isEmpty()) {
            reasons.add(OrphanReason.BESOIN_NON_COUVERT.code());
        }
        return reasons;
    }

    private Map<String, FollowUp> followUps(List<PersonState> persons, LocalDate asOf, OrphanThresholds thresholds) {
        Map<String, Object> parameters = Map.of(
                "personIds", persons.stream().map(PersonState::personId).toList(),
                "asOf", asOf,
                "windowStart", thresholds.windowStart(asOf),
                "noResponseBefore", thresholds.noResponseBefore(asOf));
        return graph.read("analysis/orphans-follow-up.cypher", parameters, FollowUp::of).stream()
                .collect(Collectors.toMap(FollowUp::personId, f -> f));
    }

    /** The offer each territory of residence can turn to (the structures serving it), by domain. */
    private Map<String, Map<String, List<Offer>>> offerByTerritory(List<PersonState> persons) {
        Set<String> homes = persons.stream().map(PersonState::territoryId).collect(Collectors.toSet());
        Map<String, Set<String>> serving = territories.servingByTerritory(homes);
        Set<String> structureIds = new HashSet<>();
        serving.values().forEach(structureIds::addAll);
        Map<String, Offer> offerById = offers.of(structureIds).stream().collect(Collectors.toMap(Offer::id, o -> o));
        Map<String, Map<String, List<Offer>>> byTerritory = new HashMap<>();
        serving.forEach((territory, ids) -> {
            Map<String, List<Offer>> byDomain = byTerritory.computeIfAbsent(territory, t -> new HashMap<>());
            ids.stream().map(offerById::get).filter(Objects::nonNull).forEach(offer -> offer.domains()
                    .forEach(domain -> byDomain.computeIfAbsent(domain, d -> new ArrayList<>()).add(offer)));
        });
        return byTerritory;
    }

    private record FollowUp(String personId, long active, boolean inEhpad, boolean caseManaged, boolean pingPong,
                            boolean unanswered) {
        static FollowUp of(Record r) {
            return new FollowUp(r.get("personId").asString(), r.get("active").asLong(), r.get("inEhpad").asBoolean(),
                    r.get("caseManaged").asBoolean(), r.get("pingPong").asBoolean(), r.get("unanswered").asBoolean());
        }
    }
}
