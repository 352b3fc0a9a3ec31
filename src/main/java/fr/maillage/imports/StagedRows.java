package fr.maillage.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import fr.maillage.db.CypherFiles;
import fr.maillage.db.Graph;
import fr.maillage.db.Statements;

/**
 * Staged rows (lignes en attente de publication): the rows of an import that update a node
 * existing before it. Written while the import runs, they would show readers a mix of the old
 * data and the new; so they wait in the database as {@code :ImportStaged} nodes, each holding
 * everything needed to write it (file, order, values, the relationship types it replaces), and
 * are written at publication, under {@link fr.maillage.db.Publication#publish}, with their undo
 * journal like any batch. Kept in the database rather than in memory, they survive a crash: a
 * process stopped during publication finishes it at the next start without the bundle.
 */
final class StagedRows {

    private static final String FILE = "stagedFile";
    private static final String ORDER = "stagedOrder";
    private static final String ID = "stagedId";
    private static final String REPLACED = "stagedReplaced";
    private static final String NULLS = "stagedNulls";
    private static final String REFERENCES = "stagedReferences";
    private static final String PROPERTY = "p.";
    private static final String REFERENCE = "r.";

    private final Graph graph;
    private final int batchSize;

    StagedRows(Graph graph, int batchSize) {
        this.graph = graph;
        this.batchSize = batchSize;
    }

    /**
     * A graph row of {@link BundleWriter} as the properties of a staged node: a node holds no
     * null, so the properties a row removes (an empty cell) are listed by name.
     */
    static Map<String, Object> staged(ContractFile file, List<String> replaced, long order, Map<String, Object> row) {
        Map<String, Object> staged = new HashMap<>();
        staged.put(FILE, file.fileName());
        staged.put(ORDER, order);
        staged.put(ID, row.get("id"));
        staged.put(REPLACED, replaced);
        List<String> nulls = new ArrayList<>();
        List<String> references = new ArrayList<>();
        row.forEach((key, value) -> {
            if (key.equals("id")) {
                return;
            }
            if (key.equals("props")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> props = (Map<String, Object>) value;
                props.forEach((property, v) -> {
                    if (v == null) {
                        nulls.add(property);
                    } else {
                        staged.put(PROPERTY + property, v);
                    }
                });
            } else {
                references.add(key);
                if (value != null) {
                    staged.put(REFERENCE + key, value);
                }
            }
        });
        staged.put(NULLS, nulls);
        staged.put(REFERENCES, references);
        return staged;
    }

    /**
     * Whether a row changes the node it updates ({@code current}: its properties and outgoing
     * relationships, from {@code updated-<file>.cypher}): a row that changes nothing is not staged,
     * so re-sending a whole export holds readers only for the rows that changed.
     */
    static boolean changes(Map<String, Object> row, Record current, Layout layout, List<String> replaced) {
        @SuppressWarnings("unchecked")
        Map<String, Object> props = (Map<String, Object>) row.get("props");
        Value now = current.get("props");
        for (Map.Entry<String, Object> property : props.entrySet()) {
            Value value = now.get(property.getKey());
            if (!Objects.equals(property.getValue(), value.isNull() ? null : value.asObject())) {
                return true;
            }
        }
        Map<String, Set<Object>> linked = new HashMap<>();
        for (Value link : current.get("links").values()) {
            linked.computeIfAbsent(link.get("type").asString(), type -> new HashSet<>()).add(link.get("target").asObject());
        }
        Map<String, Set<Object>> wanted = new HashMap<>();
        for (Column column : layout.columns()) {
            if (column != null && column.isReference() && row.get(column.name()) != null) {
                Set<Object> targets = wanted.computeIfAbsent(column.relationship(), type -> new HashSet<>());
                Object value = row.get(column.name());
                targets.addAll(value instanceof List<?> ids ? ids : List.of(value));
            }
        }
        return replaced.stream().anyMatch(type -> !wanted.getOrDefault(type, Set.of()).equals(linked.getOrDefault(type, Set.of())));
    }

    /** Keeps {@code rows} (from {@link #staged}) for the publication, in {@code tx}. */
    static void keep(Statements tx, String importId, List<Map<String, Object>> rows) {
        tx.run(CypherFiles.load("imports/stage-rows.cypher"), Map.of("rows", rows, "importId", importId));
    }

    /**
     * Writes every staged row of the import in order, a batch per transaction with its undo
     * journal, and deletes it once written.
     *
     * @return the rows written
     */
    long write(String importId, long importSeq) {
        Record extent = graph.read("imports/staged-extent.cypher", Map.of("importId", importId), r -> r).get(0);
        if (extent.get("first").isNull()) {
            return 0;
        }
        long written = 0;
        for (long from = extent.get("first").asLong(); from <= extent.get("last").asLong(); from += batchSize) {
            Map<String, Object> range = Map.of("importId", importId, "from", from, "until", from + batchSize);
            written += Transient.retried(() -> graph.inWriteTransaction(tx -> {
                List<Record> staged = tx.run(CypherFiles.load("imports/staged-read.cypher"), range);
                writeInOrder(tx, importId, importSeq, staged);
                tx.run(CypherFiles.load("imports/staged-drop-range.cypher"), range);
                return (long) staged.size();
            }));
        }
        return written;
    }

    /** Writes the rows in runs of one file each: a file's rows may reference those of the files before. */
    private static void writeInOrder(Statements tx, String importId, long importSeq, List<Record> staged) {
        List<Map<String, Object>> run = new ArrayList<>();
        String runFile = null;
        List<Object> runReplaced = null;
        for (Record record : staged) {
            Value row = record.get("row");
            String file = row.get(FILE).asString();
            if (!file.equals(runFile) && !run.isEmpty()) {
                writeRun(tx, importId, importSeq, runFile, runReplaced, run);
                run = new ArrayList<>();
            }
            runFile = file;
            runReplaced = row.get(REPLACED).asList(Value::asObject);
            run.add(graphRow(row));
        }
        if (!run.isEmpty()) {
            writeRun(tx, importId, importSeq, runFile, runReplaced, run);
        }
    }

    private static void writeRun(Statements tx, String importId, long importSeq, String fileName, List<Object> replaced,
                                 List<Map<String, Object>> rows) {
        ContractFile file = ContractFile.named(fileName).orElseThrow();
        List<Object> ids = rows.stream().map(row -> row.get("id")).toList();
        tx.run(CypherFiles.load(file.journalQuery()), Map.of("ids", ids, "importId", importId));
        tx.run(CypherFiles.load(file.writeQuery()), Map.of("rows", rows, "replaced", replaced, "importId", importId,
                "importSeq", importSeq, "fresh", false));
    }

    /** The graph row a staged node was made from. */
    private static Map<String, Object> graphRow(Value staged) {
        Map<String, Object> row = new HashMap<>();
        Map<String, Object> props = new HashMap<>();
        row.put("id", staged.get(ID).asObject());
        for (Value name : staged.get(NULLS).values()) {
            props.put(name.asString(), null);
        }
        for (Value name : staged.get(REFERENCES).values()) {
            Value value = staged.get(REFERENCE + name.asString());
            row.put(name.asString(), value.isNull() ? null : value.asObject());
        }
        for (String key : staged.keys()) {
            if (key.startsWith(PROPERTY)) {
                props.put(key.substring(PROPERTY.length()), staged.get(key).asObject());
            }
        }
        row.put("props", props);
        return row;
    }
}
