package fr.maillage.analysis.capacity;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import fr.maillage.db.AnswerCache;
import fr.maillage.db.Graph;
import fr.maillage.territory.Territories;

/**
 * Capacity against demand (capacité et demande, an extension of the contract) of territory T on
 * date D, for each structure of T's ecology with a {@code capacity} and open on D: the persons it
 * follows on D (distinct persons with an involvement active on D, wherever they live) against that
 * capacity; the referrals to it waiting for its answer on D (status on D {@code en_attente}); its
 * refusals over the {@value #REFUSAL_DAYS} days before D (status on D {@code refusee}, response
 * dated in {@code [D - 90 days, D]}); saturated when followed >= capacity; missing places
 * max(0, followed + waiting - capacity). Ordered by occupancy (followed / capacity, descending,
 * a capacity of 0 first), then structure id.
 */
@Service
public class Capacities {

    /** The refusal window: refusals answered in the 90 days before D, D included, as the orphans' window. */
    public static final int REFUSAL_DAYS = 90;

    private final Graph graph;
    private final Territories territories;
    private final AnswerCache answers;

    public Capacities(Graph graph, Territories territories, AnswerCache answers) {
        this.graph = graph;
        this.territories = territories;
        this.answers = answers;
    }

    public CapacityResult of(String territoryId, LocalDate asOf) {
        return answers.get("capacity", List.of(territoryId, asOf), () -> capacityNow(territoryId, asOf));
    }

    private CapacityResult capacityNow(String territoryId, LocalDate asOf) {
        LocalDate refusalsFrom = asOf.minusDays(REFUSAL_DAYS);
        List<StructureCapacity> structures = graph.read("analysis/capacity.cypher",
                Map.of("structureIds", List.copyOf(territories.scope(territoryId).ecology()), "asOf", asOf,
                        "refusalsFrom", refusalsFrom),
                r -> StructureCapacity.of(r.get("structureId").asString(), r.get("name").asString(null),
                        r.get("type").asString(null), r.get("capacity").asLong(), r.get("followed").asLong(),
                        r.get("waiting").asLong(), r.get("refused").asLong()));
        List<StructureCapacity> ordered = structures.stream()
                .sorted(Comparator.comparingDouble(Capacities::occupancy).reversed()
                        .thenComparing(StructureCapacity::structureId))
                .toList();
        return new CapacityResult(asOf, refusalsFrom, REFUSAL_DAYS, ordered,
                ordered.stream().filter(StructureCapacity::saturated).count(),
                ordered.stream().mapToLong(StructureCapacity::missingPlaces).sum());
    }

    private static double occupancy(StructureCapacity structure) {
        return structure.occupancy() == null ? Double.POSITIVE_INFINITY : structure.occupancy();
    }
}
