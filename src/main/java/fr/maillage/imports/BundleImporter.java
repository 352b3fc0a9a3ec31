package fr.maillage.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import fr.maillage.db.Graph;
import fr.maillage.db.Publication;
import fr.maillage.db.PublicationGate;

/**
 * The bundle import (import d'un lot): validates a whole folder or zip of contract CSV files,
 * every row of it within the requester's scope ({@link ScopeCheck}), then writes it
 * all-or-nothing: in batches that each commit with their undo journal ({@link ImportJournal}),
 * published once all are written, rolled back on any failure. Readers see the data before the
 * import until its publication, and after it from then on, never a mix ({@link Publication}).
 * One import writes at a time, across every app instance on the database ({@link ImportTurn});
 * another one asked meanwhile is refused at once ({@link ImportBusyException}, HTTP 409) rather
 * than queued behind a write that may last minutes. Its progress is written to its record, so
 * that every instance can tell it.
 */
@Service
public class BundleImporter {

    private static final Logger log = LoggerFactory.getLogger(BundleImporter.class);

    /** Progress is logged every this share of the rows (5 %). */
    private static final int PROGRESS_STEPS = 20;

    /** The progress of an import is written to its record at most this often, for the other instances. */
    private static final long PROGRESS_SAVE_NANOS = 1_000_000_000L;

    private final Graph graph;
    private final ImportRecords records;
    private final ImportJournal journal;
    private final ImportProperties properties;
    private final ImportTurn turn;
    private final PublicationGate gate;
    private final ApplicationEventPublisher events;
    /** Opens the folder or zip of an import within the limits of the settings. */
    private final Function<Path, Bundle> bundles;
    private volatile Running running;

    /** The import under way, with its live progress. */
    private record Running(String id, AtomicLong done, AtomicLong total) {
    }

    @Autowired
    BundleImporter(Graph graph, ImportRecords records, ImportJournal journal, ImportProperties properties,
                   ImportTurn turn, PublicationGate gate, ApplicationEventPublisher events) {
        this(graph, records, journal, properties, turn, gate, events, path -> Bundle.open(path, ReadLimits.of(properties)));
    }

    private BundleImporter(Graph graph, ImportRecords records, ImportJournal journal, ImportProperties properties,
                           ImportTurn turn, PublicationGate gate, ApplicationEventPublisher events,
                           Function<Path, Bundle> bundles) {
        this.graph = graph;
        this.records = records;
        this.journal = journal;
        this.properties = properties;
        this.turn = turn;
        this.gate = gate;
        this.events = events;
        this.bundles = bundles;
    }

    /** An importer of the same database with its own settings, that tells no one when it ends (tests). */
    BundleImporter with(ImportProperties settings) {
        return with(settings, path -> Bundle.open(path, ReadLimits.of(settings)));
    }

    /** The same, opening bundles its own way (tests that make a file fail as it is read). */
    BundleImporter with(ImportProperties settings, Function<Path, Bundle> opening) {
        return new BundleImporter(graph, records, journal, settings, turn, gate, event -> { }, opening);
    }

    /**
     * Imports a bundle without limit of scope (command line, demo loader, tests).
     *
     * @see #importBundle(Path, ImportRequester)
     */
    public ImportOutcome importBundle(Path folderOrZip) {
        return importBundle(folderOrZip, ImportRequester.SYSTEM);
    }

    /**
     * Imports a bundle: a folder of contract CSV files or a zip of them, every row of which must
     * lie within the requester's scope.
     *
     * @return the import id and the rows written per file
     * @throws BundleRejectedException when the bundle has problems: nothing was written
     * @throws ImportFailedException   when writing failed: nothing was written
     * @throws ImportBusyException     when another import is under way
     */
    public ImportOutcome importBundle(Path folderOrZip, ImportRequester requester) {
        return importBundle(folderOrZip, String.valueOf(folderOrZip.getFileName()), requester);
    }

    /** As {@link #importBundle(Path, ImportRequester)}, recorded under the name the requester knows it by. */
    ImportOutcome importBundle(Path folderOrZip, String source, ImportRequester requester) {
        String id = UUID.randomUUID().toString();
        try (ImportTurn.Turn held = turn.take(id)) {
            journal.recoverLeft();
            long seq = records.start(id, source, requester.username());
            running = new Running(id, new AtomicLong(), new AtomicLong());
            return validateAndWrite(id, seq, folderOrZip, requester, held);
        } finally {
            running = null;
        }
    }

    /**
     * Records an attempt refused before its bundle could be opened (an upload whose parts break
     * the contract's file names), so that the history shows it too.
     *
     * @return the exception to throw, answered 422 like any rejected bundle
     */
    BundleRejectedException refuse(String source, ImportRequester requester, List<ImportProblem> problems) {
        String id = UUID.randomUUID().toString();
        records.start(id, source, requester.username());
        records.finish(id, ImportStatus.REJECTED, 0, 0, null, problems, null);
        log.info("Import {} de {} refusé avant lecture : {} problème(s)", id, requester.username(), problems.size());
        return new BundleRejectedException(id, problems);
    }

    /** The record of an import, live while it runs. */
    public Optional<ImportStatus> status(String id) {
        return records.find(id).map(this::live);
    }

    /** The latest {@code limit} imports, newest first, the one under way with its live progress. */
    public List<ImportSummary> history(int limit) {
        return records.latest(limit).stream().map(this::live).map(ImportSummary::of).toList();
    }

    /** The record of the import under way carries the rows it has written so far, counted in memory. */
    private ImportStatus live(ImportStatus recorded) {
        Running current = running;
        return current != null && current.id().equals(recorded.id()) && ImportStatus.RUNNING.equals(recorded.status())
                ? recorded.withProgress(current.done().get(), current.total().get()) : recorded;
    }

    private ImportOutcome validateAndWrite(String id, long seq, Path folderOrZip, ImportRequester requester,
                                           ImportTurn.Turn held) {
        long started = System.nanoTime();
        Map<String, Long> counts;
        try (Bundle bundle = bundles.apply(folderOrZip)) {
            log.info("Import {} de {} : validation du lot {} ({})", id, requester.username(), folderOrZip, bundle.files());
            BundleValidator.Validation validation = new BundleValidator(graph, requester.scope()).validate(bundle);
            if (!validation.problems().isEmpty()) {
                List<ImportProblem> problems = validation.problems().list();
                records.finish(id, ImportStatus.REJECTED, 0, validation.totalRows(), null, problems, null);
                log.info("Import {} refusé : {} problème(s), rien n'a été écrit", id, problems.size());
                throw new BundleRejectedException(id, problems);
            }
            long total = validation.totalRows();
            running.total().set(total);
            records.progress(id, 0, total);
            events.publishEvent(new ImportReached(id, ImportReached.Stage.VALIDATED));
            log.info("Import {} : lot valide en {} ms, {} lignes à écrire", id, (System.nanoTime() - started) / 1_000_000, total);
            counts = write(id, seq, bundle, validation, total, held);
            records.finish(id, ImportStatus.PUBLISHING, total, total, counts, null, null);
            events.publishEvent(new ImportReached(id, ImportReached.Stage.WRITTEN));
        } catch (IOException e) {
            throw fail(id, new UncheckedIOException(e));
        } catch (BundleRejectedException | ImportFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw fail(id, e);
        } catch (Error e) {
            // An OutOfMemoryError or a StackOverflowError too: left as it is, the import would stay en_cours.
            fail(id, e);
            throw e;
        }
        publish(id, seq, held);
        events.publishEvent(new ImportEnded(id, ImportStatus.DONE));
        long total = running.total().get();
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info("Import {} terminé : {} lignes en {} s ({} lignes/s) {}", id, total, String.format("%.1f", seconds),
                Math.round(total / Math.max(seconds, 1e-3)), counts);
        return new ImportOutcome(id, counts);
    }

    /**
     * Writes the staged rows and lands the import while no request reads; on a failure there,
     * rolls it back before any request reads again. A stopped process leaves the import
     * {@code publication}, which the next start, or another instance, finishes. The marks cleared
     * after, beside the readers, are invisible to them.
     */
    private void publish(String id, long seq, ImportTurn.Turn held) {
        long started = System.nanoTime();
        log.info("Import {} : publication, les lectures attendent les mises à jour des lignes existantes", id);
        try {
            gate.publish(seq, () -> {
                try {
                    stillHeld(held);
                    long staged = new StagedRows(graph, properties.getBatchSize()).write(id, seq);
                    records.close(id, ImportStatus.DONE, null);
                    log.info("Import {} publié : {} ligne(s) mises à jour en {} ms, lectures suspendues pendant ce temps",
                            id, staged, (System.nanoTime() - started) / 1_000_000);
                } catch (RuntimeException e) {
                    throw fail(id, e);
                } catch (Error e) {
                    fail(id, e);
                    throw e;
                }
            });
        } catch (ImportFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            // The gate refused before any change: another instance did not hold its readers.
            throw fail(id, e);
        }
        events.publishEvent(new ImportReached(id, ImportReached.Stage.PUBLISHED));
        journal.publish(id);
    }

    private Map<String, Long> write(String id, long seq, Bundle bundle, BundleValidator.Validation validation, long total,
                                    ImportTurn.Turn held) throws IOException {
        AtomicLong done = running.done();
        // A bundle of one batch has no progress worth logging.
        long step = total > properties.getBatchSize() ? Math.max(1, total / PROGRESS_STEPS) : Long.MAX_VALUE;
        long[] saved = {System.nanoTime()};
        return new BundleWriter(graph, records, properties).write(id, seq, bundle, validation, rows -> {
            stillHeld(held);
            if (System.nanoTime() - saved[0] > PROGRESS_SAVE_NANOS) {
                records.progress(id, rows, total);
                saved[0] = System.nanoTime();
            }
            long before = done.getAndSet(rows);
            if (rows / step > before / step && rows < total) {
                log.info("Import {} : {} / {} lignes écrites ({} %)", id, rows, total, rows * 100 / total);
            }
        });
    }

    /** Stops an import whose turn another instance took, taking this one for dead: it rolls back. */
    private static void stillHeld(ImportTurn.Turn held) {
        if (held.lost()) {
            throw new IllegalStateException("le tour d'import a été perdu : une autre instance a pris le bail après son"
                    + " échéance (maillage.lease-duration)");
        }
    }

    /**
     * Rolls back the batches already committed, then records the failure. When the rollback
     * itself fails (database gone), the import stays {@code en_cours} and the next start rolls it back.
     */
    private ImportFailedException fail(String id, Throwable cause) {
        log.error("Import {} échoué : annulation des lots déjà écrits", id, cause);
        try {
            journal.rollBack(id);
        } catch (RuntimeException e) {
            log.error("Import {} : annulation impossible maintenant, elle sera faite au prochain démarrage", id, e);
            cause.addSuppressed(e);
            return new ImportFailedException(id, cause);
        }
        records.finish(id, ImportStatus.FAILED, running.done().get(), running.total().get(), null, null,
                ImportFailedException.reason(id, cause));
        events.publishEvent(new ImportEnded(id, ImportStatus.FAILED));
        return new ImportFailedException(id, cause);
    }
}
