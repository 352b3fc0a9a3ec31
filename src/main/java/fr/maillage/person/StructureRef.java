package fr.maillage.person;

import org.neo4j.driver.Value;

/** A structure as a parcours names it: id, name, type and sector. */
public record StructureRef(String id, String name, String type, String sector) {

    /** From a Cypher map projection {@code s {.id, .name, .type, .sector}}; null when absent. */
    static StructureRef of(Value value) {
        return value.isNull() ? null : new StructureRef(value.get("id").asString(), value.get("name").asString(null),
                value.get("type").asString(null), value.get("sector").asString(null));
    }
}
