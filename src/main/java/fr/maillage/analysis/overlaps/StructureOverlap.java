package fr.maillage.analysis.overlaps;

/**
 * Two structures of T's ecology whose coverages intersect (structures qui se chevauchent).
 *
 * @param a             the smaller id
 * @param b             the greater id
 * @param jaccard       |intersection| / |union| of their (domain, complexity, stage) triples
 * @param sharedPersons persons of T both were involved with in the window
 * @param sharedTriples |intersection|; an extension
 */
public record StructureOverlap(String a, String b, double jaccard, long sharedPersons, int sharedTriples) {
}
