package fr.maillage.person;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

import fr.maillage.db.Graph;
import fr.maillage.territory.Territories;

/**
 * The state as of a date (état à une date) of the persons of a territory: the one place
 * where assessments are folded over persons.csv and where "closed" is decided, shared by the
 * orphans analysis and the page's cartography of persons.
 */
@Service
public class PersonStates {

    private final Graph graph;
    private final Territories territories;

    public PersonStates(Graph graph, Territories territories) {
        this.graph = graph;
        this.territories = territories;
    }

    /** Every person living in T or one of its descendants, by id; 404 for an unknown T. */
    public List<PersonState> of(String territoryId, LocalDate asOf) {
        return living(territories.scope(territoryId).descendants(), asOf);
    }

    /** Every person living in one of {@code territoryIds} (those very territories, not their descendants). */
    public List<PersonState> living(Collection<String> territoryIds, LocalDate asOf) {
        return graph.read("person/states-as-of.cypher", Map.of("territoryIds", List.copyOf(territoryIds), "asOf", asOf),
                PersonStates::toState);
    }

    /**
     * The complexity on {@code asOf} of each person of {@code personIds} who has one, by the same
     * rule as their state: for callers that need that field alone of persons living anywhere.
     */
    public Map<String, String> complexities(Collection<String> personIds, LocalDate asOf) {
        Map<String, String> complexities = new HashMap<>();
        graph.read("person/complexity-as-of.cypher", Map.of("personIds", List.copyOf(personIds), "asOf", asOf), r -> {
            if (!r.get("complexity").isNull()) {
                complexities.put(r.get("personId").asString(), r.get("complexity").asString());
            }
            return r;
        });
        return complexities;
    }

    private static PersonState toState(Record r) {
        Value birthYear = r.get("birthYear");
        Value apa = r.get("apa");
        return new PersonState(r.get("personId").asString(), r.get("territoryId").asString(),
                birthYear.isNull() ? null : birthYear.asLong(), r.get("complexity").asString(null),
                r.get("needs").asList(Value::asString), apa.isNull() ? null : apa.asBoolean(),
                r.get("closed").asBoolean());
    }
}
