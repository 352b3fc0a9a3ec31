package fr.maillage.analysis.offer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

import fr.maillage.db.Graph;

/** Reads the offers of structures (offres des structures) from the graph. */
@Service
public class Offers {

    private final Graph graph;

    public Offers(Graph graph) {
        this.graph = graph;
    }

    /** The offers of the given structures, by id; unknown ids are skipped. */
    public List<Offer> of(Collection<String> structureIds) {
        return graph.read("analysis/offers.cypher", Map.of("structureIds", List.copyOf(structureIds)), Offers::toOffer);
    }

    private static Offer toOffer(Record r) {
        return new Offer(r.get("id").asString(), r.get("name").asString(null), r.get("type").asString(null),
                r.get("sector").asString(null), r.get("coordination").asString(null), strings(r.get("domains")), strings(r.get("complexity")),
                strings(r.get("stages")), r.get("minAge").isNull() ? null : r.get("minAge").asLong(),
                r.get("requiresApa").isNull() ? null : r.get("requiresApa").asBoolean(),
                date(r.get("opened")), date(r.get("closed")));
    }

    private static List<String> strings(Value value) {
        return value.asList(Value::asString);
    }

    private static LocalDate date(Value value) {
        return value.isNull() ? null : value.asLocalDate();
    }
}
