package fr.maillage.db;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The data version read from the latest import recorded in the database ({@code cypher/db/data-version.cypher}):
 * it moves when an import starts writing and again when it ends, since readers see its rows as
 * they land.
 */
@Component
public class LatestImportVersion implements DataVersion {

    private final Graph graph;

    public LatestImportVersion(Graph graph) {
        this.graph = graph;
    }

    @Override
    public long current() {
        return graph.read("db/data-version.cypher", Map.of(), r -> r.get("version").asLong()).get(0);
    }
}
