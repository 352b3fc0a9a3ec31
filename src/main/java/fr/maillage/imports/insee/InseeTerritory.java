package fr.maillage.imports.insee;

/** A territory of the official hierarchy, as a {@code territories.csv} row (ligne de territoire). */
public record InseeTerritory(String id, String name, String kind, String parentId, Long population, String inseeCode) {
}
