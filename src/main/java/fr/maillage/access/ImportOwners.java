package fr.maillage.access;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import fr.maillage.db.Graph;

/** Who started an import, for the rule that only they (and admins) read its record and problems. */
@Component
class ImportOwners {

    private final Graph graph;

    ImportOwners(Graph graph) {
        this.graph = graph;
    }

    /** Whether {@code username} started import {@code importId}; true for an unknown import, left to its 404. */
    boolean startedBy(String importId, String username) {
        // An import started by nobody (the demo, the command line) has a null owner: a list holds it, an Optional cannot.
        List<String> owners = graph.read("access/import-owner.cypher", Map.of("importId", importId),
                r -> r.get("user").asString(null));
        return owners.isEmpty() || Objects.equals(owners.get(0), username);
    }
}
