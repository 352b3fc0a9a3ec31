package fr.maillage.imports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.maillage.db.CypherFiles;
import fr.maillage.db.Graph;

/**
 * Writes a validated bundle (écriture du lot) in batches of {@code batchSize} rows, each committed
 * in its own transaction: a bundle of any size fits. A batch creates its new rows' nodes, numbered
 * with the import ({@code importSeq}) so that no reader sees them before the publication, and
 * stages the rows that update existing nodes for the publication ({@link StagedRows}); the nodes
 * created are marked for the rollback ({@link ImportJournal}) until the import is published.
 * The rows are read and converted on a second thread ({@link BatchReader}) while the database
 * writes the previous batch; the rows a first import creates through the Java API are written by
 * several {@link WritingLanes} at once, split by person.
 */
final class BundleWriter {

    private static final Logger log = LoggerFactory.getLogger(BundleWriter.class);

    private final Graph graph;
    private final ImportRecords records;
    private final int batchSize;
    private final boolean directCreation;
    private final int writers;

    BundleWriter(Graph graph, ImportRecords records, ImportProperties properties) {
        this.graph = graph;
        this.records = records;
        this.batchSize = properties.getBatchSize();
        this.directCreation = properties.isDirectCreation() && graph.isEmbedded();
        this.writers = directCreation ? Math.max(1, properties.getWriters()) : 1;
    }

    /**
     * The files of the bundle whose label has no node yet (from the count store, without a
     * scan): their rows are all new, so they are created rather than merged, and need no journal.
     * Read before the first batch, since "no node yet" must mean before this bundle.
     */
    private Set<ContractFile> freshFiles(Bundle bundle) {
        Record empty = graph.read("imports/empty-labels.cypher", Map.of(), r -> r).get(0);
        Set<ContractFile> fresh = EnumSet.noneOf(ContractFile.class);
        for (ContractFile file : bundle.files()) {
            if (empty.get(file.fileName()).asBoolean()) {
                fresh.add(file);
            }
        }
        return fresh;
    }

    /**
     * Writes every file in contract order; on a failure the exception propagates, the batches
     * already committed staying in the journal, and the labels that were empty in the import's
     * record, for the caller to roll back. {@code progress} receives the rows committed so far.
     *
     * @return rows written per file name
     */
    Map<String, Long> write(String importId, long importSeq, Bundle bundle, BundleValidator.Validation validation,
                            LongConsumer progress) throws IOException {
        Set<ContractFile> fresh = freshFiles(bundle);
        records.saveFreshLabels(importId, fresh.stream().map(ContractFile::label).toList());
        Map<String, Long> counts = new ConcurrentHashMap<>();
        bundle.files().forEach(file -> counts.put(file.fileName(), 0L));
        Map<ContractFile, FileQueries> queries = new HashMap<>();
        DirectCreation direct = new DirectCreation(importSeq);
        Batches batches = new Batches(importId, importSeq, new AtomicLong());
        AtomicLong done = new AtomicLong();
        LongConsumer written = rows -> {
            synchronized (progress) {
                progress.accept(done.addAndGet(rows));
            }
        };
        ContractFile previous = null;
        try (BatchReader reader = BatchReader.start(bundle, validation.layouts(), batchSize, writers, BundleWriter::graphRow);
             WritingLanes lanes = new WritingLanes(writers)) {
            for (BatchReader.Batch next = reader.next(); next != null; next = reader.next()) {
                BatchReader.Batch batch = next;
                ContractFile file = batch.file();
                if (file != previous) {
                    // A file only references files before it: they must be written whole first.
                    lanes.awaitAll();
                    previous = file;
                }
                FileQueries write = queries.computeIfAbsent(file,
                        f -> new FileQueries(f, fresh.contains(f), replacedRelationships(validation.layouts().get(f))));
                Layout layout = validation.layouts().get(file);
                Runnable writing = () -> {
                    writeBatch(batches, batch, write, layout, direct);
                    counts.merge(file.fileName(), (long) batch.rows().size(), Long::sum);
                    written.accept(batch.rows().size());
                };
                if (directCreation && write.fresh() && DirectCreation.handles(file)) {
                    lanes.submit(batch.lane(), writing);
                } else {
                    writing.run();
                }
            }
            lanes.awaitAll();
        }
        Map<String, Long> ordered = new LinkedHashMap<>();
        bundle.files().forEach(file -> ordered.put(file.fileName(), counts.get(file.fileName())));
        return ordered;
    }

    /** How one file's batches are written. */
    private record FileQueries(ContractFile file, String updated, String write, boolean fresh, List<String> replaced) {
        FileQueries(ContractFile file, boolean fresh, List<String> replaced) {
            this(file, CypherFiles.load(file.updatedQuery()), CypherFiles.load(file.writeQuery()), fresh, replaced);
        }
    }

    /** The import the batches belong to, and the order given to the next row staged for its publication. */
    private record Batches(String importId, long importSeq, AtomicLong staged) {
    }

    private void writeBatch(Batches batches, BatchReader.Batch batch, FileQueries queries, Layout layout,
                            DirectCreation direct) {
        String importId = batches.importId();
        long started = System.nanoTime();
        if (directCreation && queries.fresh() && DirectCreation.handles(batch.file())) {
            direct.remember(Transient.retried(() -> graph.inEmbeddedWriteTransaction(
                    tx -> direct.create(tx, layout, batch.rows()))));
        } else {
            commit(batches, queries, layout, batch.rows());
        }
        log.debug("Import {} : {} lignes de {} écrites en {} ms", importId, batch.rows().size(),
                batch.file().fileName(), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Writes the batch's new rows and stages the rows that update an existing node
     * ({@link StagedRows}), in one transaction. Rows of a label that had no node before the
     * bundle are all new.
     */
    private void commit(Batches batches, FileQueries statements, Layout layout, List<Map<String, Object>> rows) {
        // Given before the transaction, so that a retried one gives the same orders.
        long firstOrder = statements.fresh() ? 0 : batches.staged().getAndAdd(rows.size());
        graph.inWriteTransaction(tx -> {
            List<Map<String, Object>> created = rows;
            if (!statements.fresh()) {
                List<Object> ids = rows.stream().map(row -> row.get("id")).toList();
                Map<Object, Record> existing = new HashMap<>();
                tx.run(statements.updated(), Map.of("ids", ids)).forEach(r -> existing.put(r.get("id").asObject(), r));
                if (!existing.isEmpty()) {
                    created = new ArrayList<>();
                    List<Map<String, Object>> staged = new ArrayList<>();
                    for (int i = 0; i < rows.size(); i++) {
                        Map<String, Object> row = rows.get(i);
                        Record current = existing.get(row.get("id"));
                        if (current == null) {
                            created.add(row);
                        } else if (StagedRows.changes(row, current, layout, statements.replaced())) {
                            staged.add(StagedRows.staged(statements.file(), statements.replaced(), firstOrder + i, row));
                        }
                    }
                    if (!staged.isEmpty()) {
                        StagedRows.keep(tx, batches.importId(), staged);
                    }
                }
            }
            return created.isEmpty() ? List.of() : tx.run(statements.write(), Map.of("rows", created,
                    "replaced", statements.replaced(), "importId", batches.importId(),
                    "importSeq", batches.importSeq(), "fresh", statements.fresh()));
        });
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
