package fr.maillage.analysis.overlaps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.neo4j.driver.Record;
import org.springframework.stereotype.Service;

import fr.maillage.analysis.offer.Offer;
import fr.maillage.analysis.offer.Offers;
import fr.maillage.api.Window;
import fr.maillage.db.AnswerCache;
import fr.maillage.db.Graph;
import fr.maillage.territory.Territories;
import fr.maillage.territory.TerritoryScope;

/**
 * Overlaps (chevauchements) of territory T over a window, per the contract:
 * <ul>
 * <li>{@code evaluations_multiples}: a person of T with two {@code evaluation} involvements by
 * different structures, both starting in the window, starts at most 90 days apart;</li>
 * <li>{@code referents_multiples}: {@code referent} or {@code gestion_de_cas} involvements of
 * two different structures active together on some day of the window;</li>
 * <li>structure pairs of T's ecology that serve a common territory among T and its descendants
 * (v1.3: two SSIAD of two different quartiers do not overlap) and whose coverages of
 * (domain, complexity, stage) triples intersect, with their Jaccard index and the persons of T
 * both were involved with (each involvement active on some day of the window, not necessarily
 * the same day).</li>
 * </ul>
 * A structure open on no day of the window handles nothing then and is left out of the pairs.
 * Persons are sorted by id then kind; pairs by Jaccard (descending), then shared persons
 * (descending), then ids.
 */
@Service
public class Overlaps {

    private static final Set<String> REFERENT_KINDS = Set.of("referent", "gestion_de_cas");

    private final Graph graph;
    private final Territories territories;
    private final Offers offers;
    private final AnswerCache answers;

    public Overlaps(Graph graph, Territories territories, Offers offers, AnswerCache answers) {
        this.answers = answers;
        this.graph = graph;
        this.territories = territories;
        this.offers = offers;
    }

    public OverlapsResult of(String territoryId, Window window) {
        return of(territoryId, window, PairFilter.ALL);
    }

    /** The overlaps with only the structure pairs {@code filter} keeps; the persons are all there. */
    public OverlapsResult of(String territoryId, Window window, PairFilter filter) {
        return answers.get("overlaps", List.of(territoryId, window, filter),
                () -> overlapsNow(territoryId, window, filter));
    }

    private OverlapsResult overlapsNow(String territoryId, Window window, PairFilter filter) {
        TerritoryScope scope = territories.scope(territoryId);
        List<Stay> stays = graph.read("analysis/overlaps-involvements.cypher",
                Map.of("territoryIds", List.copyOf(scope.descendants()), "from", window.from(), "to", window.to()),
                Stay::of);
        Map<String, List<Stay>> byPerson = new LinkedHashMap<>();
        stays.forEach(stay -> byPerson.computeIfAbsent(stay.personId(), p -> new ArrayList<>()).add(stay));
        return new OverlapsResult(persons(byPerson, window), structures(scope, byPerson, window, filter));
    }

    private static List<PersonOverlap> persons(Map<String, List<Stay>> byPerson, Window window) {
        List<PersonOverlap> overlaps = new ArrayList<>();
        byPerson.forEach((personId, stays) -> {
            List<Stay> evaluations = stays.stream()
                    .filter(s -> s.kind().equals("evaluation") && !s.start().isBefore(window.from())
                            && !s.start().isAfter(window.to()))
                    .toList();
            Set<String> evaluators = new TreeSet<>();
            EvaluationPairs.of(evaluations, Stay::structureId, Stay::start).forEach(pair -> {
                evaluators.add(pair.first().structureId());
                evaluators.add(pair.second().structureId());
            });
            if (!evaluators.isEmpty()) {
                overlaps.add(new PersonOverlap(personId, OverlapKind.EVALUATIONS_MULTIPLES.code(), List.copyOf(evaluators)));
            }
            Set<String> referents = referentsTogether(stays, window);
            if (!referents.isEmpty()) {
                overlaps.add(new PersonOverlap(personId, OverlapKind.REFERENTS_MULTIPLES.code(), List.copyOf(referents)));
            }
        });
        overlaps.sort(Comparator.comparing(PersonOverlap::personId).thenComparing(PersonOverlap::kind));
        return overlaps;
    }

    private static Set<String> referentsTogether(List<Stay> stays, Window window) {
        List<Stay> referents = stays.stream().filter(s -> REFERENT_KINDS.contains(s.kind())).toList();
        Set<String> structures = new TreeSet<>();
        for (int i = 0; i < referents.size(); i++) {
            for (int j = i + 1; j < referents.size(); j++) {
                Stay x = referents.get(i);
                Stay y = referents.get(j);
                if (!x.structureId().equals(y.structureId()) && x.activeTogetherWith(y, window)) {
                    structures.add(x.structureId());
                    structures.add(y.structureId());
                }
            }
        }
        return structures;
    }

    private List<StructureOverlap> structures(TerritoryScope scope, Map<String, List<Stay>> byPerson, Window window,
                                              PairFilter filter) {
        Set<String> ecology = scope.ecology();
        List<Offer> candidates = offers.of(ecology).stream()
                .filter(offer -> offer.openDuring(window.from(), window.to()) && filter.passes(offer))
                .toList();
        List<BitSet> coverages = candidates.stream().map(Offer::coverage).toList();
        List<BitSet> grounds = servedGrounds(scope, candidates);
        Map<String, Long> shared = sharedPersons(byPerson, ecology);
        List<StructureOverlap> pairs = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            for (int j = i + 1; j < candidates.size(); j++) {
                if (!grounds.get(i).intersects(grounds.get(j))) {
                    continue;
                }
                BitSet intersection = (BitSet) coverages.get(i).clone();
                intersection.and(coverages.get(j));
                if (intersection.isEmpty()) {
                    continue;
                }
                BitSet union = (BitSet) coverages.get(i).clone();
                union.or(coverages.get(j));
                String a = candidates.get(i).id();
                String b = candidates.get(j).id();
                pairs.add(new StructureOverlap(a, b, (double) intersection.cardinality() / union.cardinality(),
                        shared.getOrDefault(pairKey(a, b), 0L), intersection.cardinality()));
            }
        }
        pairs.sort(Comparator.comparingDouble(StructureOverlap::jaccard).reversed()
                .thenComparing(Comparator.comparingLong(StructureOverlap::sharedPersons).reversed())
                .thenComparing(StructureOverlap::a).thenComparing(StructureOverlap::b));
        return pairs;
    }

    /**
     * For each candidate, the territories among T and its descendants it serves (T, or one of its
     * ancestors, in its territory_ids), one bit per territory: two structures overlap only on
     * common ground (v1.3). A structure of the ecology covering only territories below T serves
     * those and what lies under them, never T itself.
     */
    private List<BitSet> servedGrounds(TerritoryScope scope, List<Offer> candidates) {
        List<String> area = scope.descendants().stream().sorted().toList();
        Map<String, Set<String>> serving = territories.servingByTerritory(Set.copyOf(area));
        Map<String, BitSet> grounds = new HashMap<>();
        for (int t = 0; t < area.size(); t++) {
            for (String structure : serving.getOrDefault(area.get(t), Set.of())) {
                grounds.computeIfAbsent(structure, s -> new BitSet()).set(t);
            }
        }
        return candidates.stream().map(offer -> grounds.getOrDefault(offer.id(), new BitSet())).toList();
    }

    /** For each pair of ecology structures ("a|b", a < b), the persons both were involved with. */
    private static Map<String, Long> sharedPersons(Map<String, List<Stay>> byPerson, Set<String> ecology) {
        Map<String, Long> shared = new HashMap<>();
        byPerson.values().forEach(stays -> {
            List<String> structures = stays.stream().map(Stay::structureId).filter(ecology::contains)
                    .distinct().sorted().toList();
            for (int i = 0; i < structures.size(); i++) {
                for (int j = i + 1; j < structures.size(); j++) {
                    shared.merge(pairKey(structures.get(i), structures.get(j)), 1L, Long::sum);
                }
            }
        });
        return shared;
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    /** An involvement of a person with a structure, active on some day of the window. */
    private record Stay(String personId, String structureId, String kind, LocalDate start, LocalDate end) {
        static Stay of(Record r) {
            return new Stay(r.get("personId").asString(), r.get("structureId").asString(), r.get("kind").asString(),
                    r.get("start").asLocalDate(), r.get("end").isNull() ? null : r.get("end").asLocalDate());
        }

        /** Both active on one same day of the window: the latest start is on or before the earliest end. */
        boolean activeTogetherWith(Stay other, Window window) {
            LocalDate first = max(max(start, other.start), window.from());
            LocalDate last = min(min(end, other.end), window.to());
            return !first.isAfter(last);
        }

        private static LocalDate max(LocalDate x, LocalDate y) {
            return x.isAfter(y) ? x : y;
        }

        private static LocalDate min(LocalDate x, LocalDate y) {
            if (x == null) {
                return y;
            }
            return y == null || x.isBefore(y) ? x : y;
        }
    }
}
