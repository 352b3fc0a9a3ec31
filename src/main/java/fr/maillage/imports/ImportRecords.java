package fr.maillage.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import fr.maillage.db.Graph;
import fr.maillage.db.Publication;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import records (suivi des imports) kept as light {@code :Import} nodes, outside any bundle's
 * content: counts and problems are stored as JSON text.
 */
@Component
class ImportRecords {

    private final Graph graph;
    private final Publication publication;
    private final JsonMapper json = JsonMapper.builder().build();

    ImportRecords(Graph graph, Publication publication) {
        this.graph = graph;
        this.publication = publication;
    }

    /** An import a stopped process left {@code en_cours} or {@code publication}, with its number. */
    record Unfinished(String id, String status, long seq) {
    }

    List<Unfinished> unfinished() {
        return graph.readUnbounded("imports/record-unfinished.cypher", Map.of(),
                r -> new Unfinished(r.get("id").asString(), r.get("status").asString(), r.get("seq").asLong()));
    }

    /** Imports that landed with marks a stopped process did not clear ({@link ImportJournal#publish}). */
    List<String> withLeftMarks() {
        return graph.readUnbounded("imports/record-unpublished-marks.cypher", Map.of(), r -> r.get("id").asString());
    }

    /** The number of the latest import that landed: the published version at start-up. */
    long published() {
        return graph.readUnbounded("imports/record-published.cypher", Map.of(), r -> r.get("published").asLong()).get(0);
    }

    /** Changes the status of an import, and its message when one is given, keeping its counts. */
    void close(String id, String status, String message) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("status", status);
        if (message != null) {
            fields.put("message", message);
        }
        graph.write("imports/record-finish.cypher", Map.of("id", id, "fields", fields));
    }

    /** Opens the record of an attempt; returns its number, greater than the published version. */
    long start(String id, String source, String user) {
        return graph.write("imports/record-start.cypher", Map.of("id", id, "source", source, "user", user,
                Graph.PUBLISHED, publication.current()), r -> r.get("seq").asLong()).get(0);
    }

    /** Saves the progress of an import under way. */
    void progress(String id, long done, long total) {
        graph.write("imports/record-progress.cypher", Map.of("id", id, "done", done, "total", total));
    }

    /** Saves the labels that had no node when the import began writing: see {@link ImportJournal#rollBack}. */
    void saveFreshLabels(String id, List<String> labels) {
        graph.write("imports/record-fresh-labels.cypher", Map.of("id", id, "labels", labels));
    }

    List<String> freshLabels(String id) {
        return graph.readUnbounded("imports/record-get-fresh-labels.cypher", Map.of("id", id),
                r -> r.get("labels").asList(Value::asString)).stream().findFirst().orElse(List.of());
    }

    void finish(String id, String status, long rowsDone, long rowsTotal, Map<String, Long> counts,
                List<ImportProblem> errors, String message) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("status", status);
        fields.put("rowsDone", rowsDone);
        fields.put("rowsTotal", rowsTotal);
        fields.put("counts", counts == null ? null : json.writeValueAsString(counts));
        fields.put("errors", errors == null ? null : json.writeValueAsString(errors));
        fields.put("message", message);
        graph.write("imports/record-finish.cypher", Map.of("id", id, "fields", fields));
    }

    Optional<ImportStatus> find(String id) {
        return graph.readUnbounded("imports/record-get.cypher", Map.of("id", id), this::status).stream().findFirst();
    }

    /** The latest {@code limit} import attempts, newest first, without their problems. */
    List<ImportStatus> latest(int limit) {
        return graph.readUnbounded("imports/record-list.cypher", Map.of("limit", limit), this::status);
    }

    private ImportStatus status(Record r) {
        String status = r.get("status").asString();
        String finishedAt = text(r.get("finishedAt"));
        return new ImportStatus(r.get("id").asString(), status, text(r.get("source")),
                r.get("rowsDone").asLong(0), r.get("rowsTotal").asLong(0),
                r.get("counts").isNull() ? null : json.readValue(r.get("counts").asString(), new TypeReference<Map<String, Long>>() { }),
                r.get("errors").isNull() ? null : json.readValue(r.get("errors").asString(), new TypeReference<List<ImportProblem>>() { }),
                text(r.get("startedAt")), finishedAt, text(r.get("message")), text(r.get("user")),
                ImportStatus.ended(status) ? finishedAt : null);
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }
}
