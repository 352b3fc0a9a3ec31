package fr.maillage.imports;

import java.util.Map;

/** A bundle written whole (import réussi): its import id and the rows written per file. */
public record ImportOutcome(String id, Map<String, Long> counts) {
}
