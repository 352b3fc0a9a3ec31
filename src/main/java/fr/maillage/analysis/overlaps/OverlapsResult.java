package fr.maillage.analysis.overlaps;

import java.util.List;

/** The overlaps (chevauchements) of a territory over a window, at person and structure level. */
public record OverlapsResult(List<PersonOverlap> persons, List<StructureOverlap> structures) {
}
