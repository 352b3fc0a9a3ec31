package fr.maillage.analysis.overlaps;

import fr.maillage.access.PersonId;

import java.util.List;

/**
 * A person-level overlap (chevauchement autour d'une personne).
 *
 * @param kind         {@code evaluations_multiples} or {@code referents_multiples}
 * @param structureIds every structure in such a pair, sorted
 */
public record PersonOverlap(@PersonId String personId, String kind, List<String> structureIds) {
}
