package fr.maillage.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * Direct creation (création directe) of the rows of a file whose entity had no node before the
 * import, through the embedded database's Java API instead of the file's Cypher: every row is
 * new, so there is nothing to merge, journal or replace, only a node, its properties and one
 * relationship per referenced id. Measured about twice as fast as the same rows through
 * {@code UNWIND} and {@code CREATE} in the same JVM (docs/benchmarks.md, "Import"), it is what
 * brings a first import near {@code neo4j-admin}'s speed. The Cypher write files stay the
 * definition of the graph for updates and on a Neo4j server; {@code ImportPathsTest} checks
 * that both ways give the same graph, property by property.
 *
 * <p>Only for files whose rows reference other files (not their own: a territory's parent or a
 * structure's porteur may come later in the same file) and have an id.
 */
final class DirectCreation {

    /**
     * Element ids of the committed nodes met so far, by label and id: a reference costs a map
     * lookup, not an index seek. Shared by the {@link WritingLanes}.
     */
    private final Map<String, String> elementIds = new ConcurrentHashMap<>();
    private final long importSeq;

    /** @param importSeq the import's number, which every node created carries ({@link fr.maillage.db.Publication}) */
    DirectCreation(long importSeq) {
        this.importSeq = importSeq;
    }

    static boolean handles(ContractFile file) {
        return file.columns().stream().anyMatch(c -> c.name().equals("id"))
                && file.columns().stream().noneMatch(c -> c.isReference() && c.target().equals(file.fileName()));
    }

    /**
     * Creates the rows ({@link BundleWriter}'s graph rows) in {@code tx}; returns the element ids
     * of the nodes created that later files may reference, for {@link #remember} once committed
     * (a transaction rolled back must leave no id behind).
     */
    Map<String, String> create(Transaction tx, Layout layout, List<Map<String, Object>> rows) {
        ContractFile file = layout.file();
        Label label = Label.label(file.label());
        // Only the nodes of a file that others reference are worth remembering.
        boolean referenced = file.isReferenced();
        Map<String, String> created = new HashMap<>();
        for (Map<String, Object> row : rows) {
            Node node = tx.createNode(label);
            String id = (String) row.get("id");
            node.setProperty("id", id);
            node.setProperty("importSeq", importSeq);
            @SuppressWarnings("unchecked")
            Map<String, Object> props = (Map<String, Object>) row.get("props");
            props.forEach((property, value) -> {
                if (value != null) {
                    node.setProperty(property, value instanceof List<?> list ? list.toArray(String[]::new) : value);
                }
            });
            for (Column column : layout.columns()) {
                if (column != null && column.isReference() && row.get(column.name()) != null) {
                    RelationshipType type = RelationshipType.withName(column.relationship());
                    String target = ContractFile.named(column.target()).orElseThrow().label();
                    for (Object targetId : row.get(column.name()) instanceof List<?> ids ? ids : List.of(row.get(column.name()))) {
                        node.createRelationshipTo(node(tx, target, (String) targetId), type);
                    }
                }
            }
            if (referenced) {
                created.put(file.label() + '|' + id, node.getElementId());
            }
        }
        return created;
    }

    /** Remembers the nodes a committed transaction created. */
    void remember(Map<String, String> created) {
        elementIds.putAll(created);
    }

    /** A referenced node: validation made sure it exists, in the bundle or in the database. */
    private Node node(Transaction tx, String label, String id) {
        String key = label + '|' + id;
        String elementId = elementIds.get(key);
        if (elementId != null) {
            return tx.getNodeByElementId(elementId);
        }
        Node node = tx.findNode(Label.label(label), "id", id);
        elementIds.put(key, node.getElementId());
        return node;
    }
}
