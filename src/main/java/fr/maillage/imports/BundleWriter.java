package fr.maillage.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import fr.maillage.db.CypherFiles;

/**
 * Writes a validated bundle (écriture du lot) in batches of {@code batchSize} rows, each committed
 * in its own transaction together with its undo journal ({@link ImportJournal}): a bundle of any
 * size fits, and whatever was committed can still be undone until the import is published.
 */
final class BundleWriter {

    private final Driver driver;
    private final int batchSize;

    BundleWriter(Driver driver, int batchSize) {
        this.driver = driver;
        this.batchSize = batchSize;
    }

    /**
     * Writes every file in contract order; on a failure the exception propagates, the batches
     * already committed staying in the journal for the caller to roll back. {@code progress}
     * receives the rows committed so far.
     *
     * @return rows written per file name
     */
    Map<String, Long> write(String importId, Bundle bundle, BundleValidator.Validation validation,
                            LongConsumer progress) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        long[] done = {0};
        try (Session session = driver.session()) {
            // Read once before the first batch: "no node yet" must mean before this bundle.
            Record empty = session.executeRead(tx -> tx.run(CypherFiles.load("imports/empty-labels.cypher")).single());
            for (ContractFile file : bundle.files()) {
                Layout layout = validation.layouts().get(file);
                Batch batch = new Batch(session, importId, file, empty.get(file.fileName()).asBoolean(),
                        replacedRelationships(layout));
                long written = 0;
                try (CsvFile csv = new CsvFile(file.fileName(), bundle.open(file))) {
                    csv.next();
                    for (CsvFile.Row row = csv.next(); row != null; row = csv.next()) {
                        batch.rows.add(graphRow(layout, row));
                        if (batch.rows.size() == batchSize) {
                            written += batch.commit();
                            progress.accept(done[0] += batchSize);
                        }
                    }
                }
                if (!batch.rows.isEmpty()) {
                    long last = batch.commit();
                    written += last;
                    progress.accept(done[0] += last);
                }
                counts.put(file.fileName(), written);
            }
        }
        return counts;
    }

    /** The rows of one file waiting to be written, and how to write them. */
    private static final class Batch {

        private final Session session;
        private final String importId;
        private final String journal;
        private final String write;
        private final boolean fresh;
        private final List<String> replaced;
        private final List<Map<String, Object>> rows = new ArrayList<>();

        Batch(Session session, String importId, ContractFile file, boolean fresh, List<String> replaced) {
            this.session = session;
            this.importId = importId;
            this.journal = CypherFiles.load(file.journalQuery());
            this.write = CypherFiles.load(file.writeQuery());
            this.fresh = fresh;
            this.replaced = replaced;
        }

        /**
         * Journals then writes the rows in one transaction, and commits: a batch and its undo go
         * together. Rows of a label that had no node before the bundle update nothing: no journal.
         */
        long commit() {
            List<Object> ids = rows.stream().map(row -> row.get("id")).toList();
            session.executeWriteWithoutResult(tx -> {
                if (!fresh) {
                    tx.run(journal, Map.of("ids", ids, "importId", importId)).consume();
                }
                tx.run(write, Map.of("rows", rows, "replaced", replaced, "importId", importId, "fresh", fresh)).consume();
            });
            long written = rows.size();
            rows.clear();
            return written;
        }
    }

    /** Relationship types of the reference columns the file has: those are replaced on update. */
    private static List<String> replacedRelationships(Layout layout) {
        List<String> types = new ArrayList<>();
        for (Column column : layout.columns()) {
            if (column != null && column.isReference() && !types.contains(column.relationship())) {
                types.add(column.relationship());
            }
        }
        return types;
    }

    /**
     * {@code {id, props, <reference column>: id or ids}}: every column the file has goes into
     * props, an empty cell as null so that re-importing it removes the property.
     */
    private static Map<String, Object> graphRow(Layout layout, CsvFile.Row row) {
        Map<String, Object> values = layout.read(row, (line, column, message) -> {
            throw new IllegalStateException("Ligne " + line + " non validée : " + message);
        });
        Map<String, Object> graphRow = new HashMap<>();
        Map<String, Object> props = new HashMap<>();
        graphRow.put("id", layout.file().identity(values));
        for (Column column : layout.columns()) {
            if (column == null || column.name().equals("id")) {
                continue;
            }
            if (column.isReference()) {
                graphRow.put(column.name(), values.get(column.name()));
            } else {
                props.put(column.property(), values.get(column.name()));
            }
        }
        graphRow.put("props", props);
        return graphRow;
    }
}
