package fr.maillage.analysis.capacity;

import java.time.LocalDate;
import java.util.List;

import fr.maillage.access.PersonCount;

/**
 * Capacity against demand (capacité et demande) of the structures of a territory's ecology on a
 * date: those with a capacity and open on it, the most occupied first.
 *
 * @param refusalsFrom  first day of the refusal window, {@code [refusalsFrom, asOf]}
 * @param saturated     how many of them are saturated
 * @param missingPlaces the sum of their missing places
 */
public record CapacityResult(LocalDate asOf, LocalDate refusalsFrom, int refusalDays,
                             List<StructureCapacity> structures, long saturated, @PersonCount long missingPlaces) {
}
