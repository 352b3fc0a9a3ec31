package fr.maillage.imports;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

import fr.maillage.db.CypherFiles;
import fr.maillage.db.Graph;
import fr.maillage.db.MaillageProperties;
import fr.maillage.db.Publication;
import fr.maillage.db.PublicationGate;
import jakarta.annotation.PostConstruct;

/**
 * The undo journal of imports (journal d'annulation): a bundle is written in batches that each
 * commit, so all-or-nothing rests on this journal. Each batch marks the nodes it creates
 * ({@code :ImportPending}) and stages its rows that update existing nodes ({@link StagedRows});
 * at publication each staged batch first saves the nodes it updates ({@code :ImportUndo}).
 * Rolling back deletes the created nodes and the staged rows and replays the saved ones;
 * once published, the marks and the journal are cleared. Rows of a label that had no node
 * before the import need no mark: the import record names those labels, and rolling back
 * deletes all their nodes.
 *
 * <p>An import a dead process left is recovered by whoever holds the turn to write next
 * ({@link ImportTurn}): one left half-way is rolled back, one left publishing is published. At
 * start-up, before the app serves anything, if no import of another instance holds the turn, then
 * the published version is read ({@link Publication}); with several instances on one database,
 * each also tries every {@code maillage.lease-duration}, so that a dead instance's import is rolled
 * back by another once its lease ran out, and at the latest by the next import.
 */
// The schema first: recovery finds the journal through its indexes.
@Component
@DependsOn("schemaInitializer")
class ImportJournal {

    private static final Logger log = LoggerFactory.getLogger(ImportJournal.class);

    private final Graph graph;
    private final ImportRecords records;
    private final Publication publication;
    private final PublicationGate gate;
    private final ImportTurn turn;
    private final Duration checkEvery;
    private final int batchSize;

    ImportJournal(Graph graph, ImportRecords records, Publication publication, PublicationGate gate, ImportTurn turn,
                  ImportProperties properties, MaillageProperties settings) {
        this.graph = graph;
        this.records = records;
        this.publication = publication;
        this.gate = gate;
        this.turn = turn;
        this.checkEvery = settings.getLeaseDuration();
        this.batchSize = properties.getBatchSize();
    }

    @PostConstruct
    void start() {
        recover();
        gate.every(checkEvery, this::recoverIfFree);
    }

    /** Recovers what dead processes left unless an import holds the turn, then reads the published version. */
    void recover() {
        gate.onWatch(this::recoverIfFree);
        publication.start(records.published());
    }

    /**
     * Recovers what dead processes left, unless an import holds the turn. The turn is taken only
     * when something is left: an import asked meanwhile would wait for it.
     */
    private void recoverIfFree() {
        if (records.unfinished().isEmpty() && records.withLeftMarks().isEmpty() && !gate.closedByAnother()) {
            return;
        }
        turn.tryTake(ImportTurn.RECOVERY).ifPresent(held -> {
            try (held) {
                recoverLeftHere();
            }
        });
    }

    /**
     * Recovers the imports a dead process left, for the caller that holds the turn: any import
     * still {@code en_cours} or {@code publication} then is one whose process is gone.
     */
    void recoverLeft() {
        gate.onWatch(this::recoverLeftHere);
    }

    private void recoverLeftHere() {
        gate.reopenLeft(records::published);
        for (ImportRecords.Unfinished unfinished : records.unfinished()) {
            String id = unfinished.id();
            if (ImportStatus.PUBLISHING.equals(unfinished.status())) {
                log.warn("Import {} interrompu pendant sa publication : publication achevée", id);
                gate.publish(unfinished.seq(), () -> {
                    new StagedRows(graph, batchSize).write(id, unfinished.seq());
                    records.close(id, ImportStatus.DONE, null);
                });
                publish(id);
            } else {
                log.warn("Import {} interrompu par l'arrêt de son processus : ses lots écrits sont annulés", id);
                rollBack(id);
                records.close(id, ImportStatus.FAILED,
                        "interrompu par l'arrêt de son processus : les lots déjà écrits ont été annulés");
            }
        }
        clearLeftMarks();
    }

    /**
     * Clears the marks of imports that landed but whose process stopped before clearing them:
     * an import's rollback tells its own nodes by them, so none may be left when one begins.
     */
    void clearLeftMarks() {
        records.withLeftMarks().forEach(this::publish);
    }

    /**
     * Clears the marks of a published import: its pending labels and its undo journal. Readers
     * already see its rows by its number, so this runs after the publication, beside them.
     */
    void publish(String importId) {
        repeat("imports/journal-keep-created.cypher", importId);
        repeat("imports/journal-forget.cypher", importId);
    }

    /**
     * Puts the database back as it was before the import: created nodes go, updated ones are
     * restored. The labels that were empty go last first, so a structure is deleted after the
     * referrals that point to it rather than with them in one large transaction.
     */
    void rollBack(String importId) {
        List<String> freshLabels = new ArrayList<>(records.freshLabels(importId));
        Collections.reverse(freshLabels);
        long created = 0;
        for (String label : freshLabels) {
            created += repeat("imports/journal-drop-label.cypher", Map.of("label", label));
        }
        created += repeat("imports/journal-drop-created.cypher", importId);
        repeat("imports/journal-drop-staged.cypher", importId);
        long restored = repeat("imports/journal-restore.cypher", importId);
        log.info("Import {} annulé : {} nœud(s) créé(s) supprimé(s), {} nœud(s) mis à jour restauré(s)", importId,
                created, restored);
    }

    private long repeat(String file, String importId) {
        return repeat(file, Map.of("importId", importId));
    }

    /** Runs a query handling at most one batch of the import's journal until it finds nothing left. */
    private long repeat(String file, Map<String, Object> parameters) {
        String query = CypherFiles.load(file);
        Map<String, Object> batch = new HashMap<>(parameters);
        batch.put("limit", batchSize);
        long total = 0;
        long done;
        do {
            done = graph.inWriteTransaction(tx -> tx.run(query, batch).get(0).get("done").asLong());
            total += done;
        } while (done > 0);
        return total;
    }
}
