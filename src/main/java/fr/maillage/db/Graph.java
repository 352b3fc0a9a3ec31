package fr.maillage.db;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.springframework.stereotype.Component;

/**
 * Runs the named queries of {@code cypher/} against whichever Neo4j the app is connected to.
 * User input only ever reaches Cypher as parameters.
 */
@Component
public class Graph {

    private final Driver driver;

    public Graph(Driver driver) {
        this.driver = driver;
    }

    /** Runs {@code cypher/<file>} in a read transaction and maps every record. */
    public <T> List<T> read(String file, Map<String, Object> parameters, Function<Record, T> mapper) {
        String query = CypherFiles.load(file);
        try (Session session = driver.session()) {
            return session.executeRead(tx -> tx.run(query, parameters).list(mapper::apply));
        }
    }

    /** Runs {@code cypher/<file>} in a write transaction. */
    public void write(String file, Map<String, Object> parameters) {
        String query = CypherFiles.load(file);
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(query, parameters).consume());
        }
    }

    public Driver driver() {
        return driver;
    }
}
