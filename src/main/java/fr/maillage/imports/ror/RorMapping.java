package fr.maillage.imports.ror;

import java.util.List;
import java.util.Map;

/**
 * What a ROR Bundle gives (résultat de la correspondance): the structures as {@code structures.csv}
 * rows, and everything that could not be mapped, so that nothing is guessed or dropped silently.
 *
 * @param resources  resources read, by FHIR resource type
 * @param structures one row per Organization that maps to a Maillage structure
 * @param skipped    Organizations that became no structure, with the reason
 * @param unmapped   codes of the mapped nomenclatures that {@code ror/codes.csv} does not know, and
 *                   INSEE commune codes that no Maillage commune carries
 */
public record RorMapping(Map<String, Long> resources, List<Row> structures, List<Skipped> skipped,
                         List<Unmapped> unmapped) {

    /** A {@code structures.csv} row. */
    public record Row(String id, String name, String type, String sector, List<String> territoryIds,
                      List<String> domains) {
    }

    public record Skipped(String resource, String reason) {
    }

    /** A code no mapping knows, with the resource that carries it ({@code Organization/123}). */
    public record Unmapped(String resource, String code, String system) {
    }
}
