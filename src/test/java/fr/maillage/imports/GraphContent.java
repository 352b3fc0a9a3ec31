package fr.maillage.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * What a bundle put in the database, without the {@code :Import} records: node and relationship
 * counts and a checksum over every node's labels and properties and every relationship.
 */
record GraphContent(long nodes, long relationships, String checksum) {

    private static final String NODES = """
            MATCH (n) WHERE NOT n:Import
            RETURN labels(n) AS labels, properties(n) AS props
            """;
    private static final String RELATIONSHIPS = """
            MATCH (a)-[r]->(b)
            RETURN type(r) AS type, labels(a)[0] + ':' + coalesce(a.id, a.key) AS source,
                   labels(b)[0] + ':' + coalesce(b.id, b.key) AS target, properties(r) AS props
            """;

    static GraphContent of(Driver driver) {
        List<String> lines = new ArrayList<>();
        long nodes;
        long relationships;
        try (Session session = driver.session()) {
            List<String> nodeLines = session.run(NODES).list(r -> r.get("labels").asList() + " "
                    + new TreeMap<>(r.get("props").asMap()));
            List<String> relationshipLines = session.run(RELATIONSHIPS).list(r -> r.get("source").asString() + " -"
                    + r.get("type").asString() + "-> " + r.get("target").asString() + " "
                    + new TreeMap<>(r.get("props").asMap()));
            nodes = nodeLines.size();
            relationships = relationshipLines.size();
            lines.addAll(nodeLines);
            lines.addAll(relationshipLines);
        }
        lines.sort(null);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            lines.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
            return new GraphContent(nodes, relationships, HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Properties of the node of {@code label} whose id is {@code id}. */
    static Map<String, Object> node(Driver driver, String label, String id) {
        try (Session session = driver.session()) {
            return session.run("MATCH (n) WHERE $label IN labels(n) AND n.id = $id RETURN properties(n) AS p",
                    Map.of("label", label, "id", id)).single().get("p").asMap();
        }
    }
}
