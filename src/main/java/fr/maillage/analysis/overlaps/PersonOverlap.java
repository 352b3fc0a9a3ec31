package fr.maillage.analysis.overlaps;

import java.util.List;

/**
 * A person-level overlap (chevauchement autour d'une personne).
 *
 * @param kind         {@code evaluations_multiples} or {@code referents_multiples}
 * @param structureIds every structure in such a pair, sorted
 */
public record PersonOverlap(String personId, String kind, List<String> structureIds) {
}
