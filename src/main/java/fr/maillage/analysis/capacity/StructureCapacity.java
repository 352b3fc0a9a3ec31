package fr.maillage.analysis.capacity;

import fr.maillage.access.PersonCount;

/**
 * One structure's capacity against the demand it meets on a date (capacité et demande).
 *
 * @param capacity      its declared capacity (file active, places)
 * @param followed      distinct persons it follows on the date (involvements active then)
 * @param waiting       referrals to it still waiting for its answer on the date
 * @param refused       referrals it refused in the refusal window before the date
 * @param occupancy     followed / capacity; {@code null} when the capacity is 0
 * @param saturated     followed >= capacity
 * @param missingPlaces places it lacks to take the persons followed and those waiting:
 *                      max(0, followed + waiting - capacity)
 */
public record StructureCapacity(String structureId, String name, String type, long capacity,
                                @PersonCount long followed, @PersonCount long waiting, @PersonCount long refused,
                                Double occupancy, boolean saturated, @PersonCount long missingPlaces) {

    static StructureCapacity of(String structureId, String name, String type, long capacity, long followed,
                                long waiting, long refused) {
        return new StructureCapacity(structureId, name, type, capacity, followed, waiting, refused,
                capacity == 0 ? null : (double) followed / capacity, followed >= capacity,
                Math.max(0, followed + waiting - capacity));
    }
}
