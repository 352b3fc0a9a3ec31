package fr.maillage.territory;

/** A territory of the hierarchy (région, département, territoire, commune, quartier). */
public record Territory(String id, String name, String kind, String parentId, Long population, Long population75Plus) {
}
