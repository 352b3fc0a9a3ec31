package fr.maillage.imports;

import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

import fr.maillage.db.CypherFiles;
import fr.maillage.db.Graph;
import jakarta.annotation.PostConstruct;

/**
 * The undo journal of imports (journal d'annulation): a bundle is written in batches that each
 * commit, so all-or-nothing rests on this journal. Each batch saves, in its own transaction,
 * the nodes it is about to update ({@code :ImportUndo}) and marks the nodes it creates
 * ({@code :ImportPending}); publishing drops the journal, rolling back replays it. At start-up,
 * before the app serves anything, an import a dead process left half-way is rolled back, and
 * one it left publishing is published.
 */
// The schema first: recovery finds the journal through its indexes.
@Component
@DependsOn("schemaInitializer")
class ImportJournal {

    private static final Logger log = LoggerFactory.getLogger(ImportJournal.class);

    private final Driver driver;
    private final ImportRecords records;
    private final int batchSize;

    ImportJournal(Graph graph, ImportRecords records, ImportProperties properties) {
        this.driver = graph.driver();
        this.records = records;
        this.batchSize = properties.getBatchSize();
    }

    @PostConstruct
    void recover() {
        for (Map.Entry<String, String> unfinished : records.unfinished()) {
            String id = unfinished.getKey();
            if (ImportStatus.PUBLISHING.equals(unfinished.getValue())) {
                log.warn("Import {} interrompu pendant sa publication : publication achevée au démarrage", id);
                publish(id);
                records.close(id, ImportStatus.DONE, null);
            } else {
                log.warn("Import {} interrompu par l'arrêt du processus : ses lots écrits sont annulés au démarrage", id);
                rollBack(id);
                records.close(id, ImportStatus.FAILED,
                        "interrompu par l'arrêt du processus : les lots déjà écrits ont été annulés au redémarrage");
            }
        }
    }

    /** Makes the import's writes ordinary data: the journal and the pending marks go. */
    void publish(String importId) {
        repeat("imports/journal-keep-created.cypher", importId);
        repeat("imports/journal-forget.cypher", importId);
    }

    /** Puts the database back as it was before the import: created nodes go, updated ones are restored. */
    void rollBack(String importId) {
        long created = repeat("imports/journal-drop-created.cypher", importId);
        long restored = repeat("imports/journal-restore.cypher", importId);
        log.info("Import {} annulé : {} nœud(s) créé(s) supprimé(s), {} nœud(s) mis à jour restauré(s)", importId,
                created, restored);
    }

    /** Runs a query handling at most one batch of the import's journal until it finds nothing left. */
    private long repeat(String file, String importId) {
        String query = CypherFiles.load(file);
        Map<String, Object> parameters = Map.of("importId", importId, "limit", batchSize);
        long total = 0;
        long done;
        try (Session session = driver.session()) {
            do {
                done = session.executeWrite(tx -> tx.run(query, parameters).single().get("done").asLong());
                total += done;
            } while (done > 0);
        }
        return total;
    }
}
