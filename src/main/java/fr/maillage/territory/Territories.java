package fr.maillage.territory;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

import fr.maillage.api.NotFoundException;
import fr.maillage.db.Graph;

/** The territory hierarchy: the list, and the scope (serves, belongs, persons of) of one. */
@Service
public class Territories {

    private final Graph graph;

    public Territories(Graph graph) {
        this.graph = graph;
    }

    public List<Territory> list() {
        return graph.read("territory/list.cypher", Map.of(), Territories::toTerritory);
    }

    /** The scope of a territory; 404 when it does not exist. */
    public TerritoryScope scope(String territoryId) {
        List<TerritoryScope> scopes = graph.read("territory/scope.cypher", Map.of("territoryId", territoryId),
                r -> TerritoryScope.of(territoryId, strings(r.get("ancestors")), strings(r.get("descendants")),
                        strings(r.get("serving")), strings(r.get("below"))));
        if (scopes.isEmpty()) {
            throw new NotFoundException("Territoire inconnu : " + territoryId);
        }
        return scopes.get(0);
    }

    /** For each territory id, the structures serving it (covering it or one of its ancestors). */
    public Map<String, Set<String>> servingByTerritory(Set<String> territoryIds) {
        Map<String, Set<String>> serving = new java.util.HashMap<>();
        graph.read("territory/serving-by-territory.cypher", Map.of("territoryIds", List.copyOf(territoryIds)),
                r -> serving.put(r.get("territoryId").asString(), strings(r.get("serving"))));
        return serving;
    }

    private static Territory toTerritory(Record r) {
        return new Territory(r.get("id").asString(), r.get("name").asString(), r.get("kind").asString(),
                r.get("parentId").asString(null), longOrNull(r.get("population")), longOrNull(r.get("population75Plus")),
                r.get("inseeCode").asString(null));
    }

    private static Long longOrNull(Value value) {
        return value.isNull() ? null : value.asLong();
    }

    private static Set<String> strings(Value value) {
        return new HashSet<>(value.asList(Value::asString));
    }
}
