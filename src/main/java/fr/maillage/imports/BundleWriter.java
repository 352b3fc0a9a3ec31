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
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;

import fr.maillage.db.CypherFiles;

/**
 * Writes a validated bundle (écriture du lot) in ONE database transaction holding every batch:
 * the bundle lands whole or not at all, by Neo4j's own atomicity, including when the process
 * dies before the commit (an uncommitted transaction never reaches the store).
 */
final class BundleWriter {

    private final Driver driver;
    private final int batchSize;

    BundleWriter(Driver driver, int batchSize) {
        this.driver = driver;
        this.batchSize = batchSize;
    }

    /**
     * Writes every file in contract order and commits; on any failure the transaction is rolled
     * back and the exception propagates. {@code progress} receives the rows written so far.
     *
     * @return rows written per file name
     */
    Map<String, Long> write(String importId, Bundle bundle, BundleValidator.Validation validation,
                            LongConsumer progress) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        long[] done = {0};
        TransactionConfig config = TransactionConfig.builder().withMetadata(Map.of("importId", importId)).build();
        try (Session session = driver.session(); Transaction tx = session.beginTransaction(config)) {
            Record empty = tx.run(CypherFiles.load("imports/empty-labels.cypher")).single();
            for (ContractFile file : bundle.files()) {
                Layout layout = validation.layouts().get(file);
                String query = CypherFiles.load(file.writeQuery());
                Map<String, Object> parameters = new HashMap<>();
                parameters.put("fresh", empty.get(file.fileName()).asBoolean());
                parameters.put("replaced", replacedRelationships(layout));
                List<Map<String, Object>> batch = new ArrayList<>(batchSize);
                long written = 0;
                try (CsvFile csv = new CsvFile(file.fileName(), bundle.open(file))) {
                    csv.next();
                    for (CsvFile.Row row = csv.next(); row != null; row = csv.next()) {
                        batch.add(graphRow(layout, row));
                        if (batch.size() == batchSize) {
                            run(tx, query, batch, parameters);
                            written += batch.size();
                            progress.accept(done[0] += batch.size());
                            batch.clear();
                        }
                    }
                }
                if (!batch.isEmpty()) {
                    run(tx, query, batch, parameters);
                    written += batch.size();
                    progress.accept(done[0] += batch.size());
                }
                counts.put(file.fileName(), written);
            }
            tx.commit();
        }
        return counts;
    }

    private static void run(Transaction tx, String query, List<Map<String, Object>> batch, Map<String, Object> parameters) {
        parameters.put("rows", batch);
        tx.run(query, parameters).consume();
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
