package fr.maillage.db;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;

/** The statements of one transaction opened by {@link Graph}: each runs a query and returns all its records. */
@FunctionalInterface
public interface Statements {

    List<Record> run(String query, Map<String, Object> parameters);
}
