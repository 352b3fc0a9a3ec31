package fr.maillage.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

/**
 * What a bundle put in the database, without the {@code :Import} records, the exchange logs
 * derived from the data (like an index), the users, the audit trail and the leases: node and relationship counts and a checksum over every
 * node's labels and properties and every relationship.
 */
public record GraphContent(long nodes, long relationships, String checksum) {

    private static final String NODES = """
            MATCH (n) WHERE NOT (n:Import OR n:ExchangeLog OR n:User OR n:AuditRecord OR n:AuditHead OR n:Lease OR n:PublicationGate)
            RETURN labels(n) AS labels, properties(n) AS props
            """;
    private static final String RELATIONSHIPS = """
            MATCH (a)-[r]->(b)
            RETURN type(r) AS type, labels(a)[0] + ':' + coalesce(a.id, a.key) AS source,
                   labels(b)[0] + ':' + coalesce(b.id, b.key) AS target, properties(r) AS props
            """;

    public static GraphContent of(Driver driver) {
        try (Session session = driver.session()) {
            return of(session.run(NODES).list(r -> r.asMap()), session.run(RELATIONSHIPS).list(r -> r.asMap()));
        }
    }

    /** The same, read straight from a store opened in this JVM (the store of another process). */
    static GraphContent of(GraphDatabaseService database) {
        try (Transaction tx = database.beginTx()) {
            List<Map<String, Object>> nodes = new ArrayList<>();
            List<Map<String, Object>> relationships = new ArrayList<>();
            tx.execute(NODES).forEachRemaining(nodes::add);
            tx.execute(RELATIONSHIPS).forEachRemaining(relationships::add);
            return of(nodes, relationships);
        }
    }

    private static GraphContent of(List<Map<String, Object>> nodes, List<Map<String, Object>> relationships) {
        List<String> lines = new ArrayList<>();
        nodes.forEach(n -> lines.add(n.get("labels") + " " + properties(n.get("props"))));
        relationships.forEach(r -> lines.add(r.get("source") + " -" + r.get("type") + "-> " + r.get("target") + " "
                + properties(r.get("props"))));
        lines.sort(null);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            lines.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
            return new GraphContent(nodes.size(), relationships.size(), HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sorted properties with their types (a date and its text, or 5 and "5", differ), lists
     * whichever way they were read (the embedded API gives arrays).
     */
    private static String properties(Object props) {
        Map<String, Object> sorted = new TreeMap<>();
        ((Map<?, ?>) props).forEach((k, v) -> {
            if (k.equals("importSeq")) {
                // The number of the import that made a node: which import did says nothing of the data.
                return;
            }
            Object value = v != null && v.getClass().isArray() ? Arrays.asList((Object[]) v) : v;
            sorted.put((String) k, value instanceof List<?> list
                    ? "List" + list.stream().map(GraphContent::typed).toList() : typed(value));
        });
        return sorted.toString();
    }

    private static String typed(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName() + ":" + value;
    }

    /** Properties of the node of {@code label} whose id is {@code id}. */
    static Map<String, Object> node(Driver driver, String label, String id) {
        try (Session session = driver.session()) {
            return session.run("MATCH (n) WHERE $label IN labels(n) AND n.id = $id RETURN properties(n) AS p",
                    Map.of("label", label, "id", id)).single().get("p").asMap();
        }
    }
}
