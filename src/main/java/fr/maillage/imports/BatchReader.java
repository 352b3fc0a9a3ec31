package fr.maillage.imports;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.BiFunction;

/**
 * Reads a validated bundle's files in contract order and cuts them into batches of rows ready
 * for the database, on its own thread: parsing and converting rows took about a tenth of an
 * import's time on the writing thread, and the machine has a second core. At most a few batches
 * wait ahead of the writers, so memory stays bounded by the batch size, not the bundle's.
 *
 * <p>Rows about a person (the person itself, its assessments, referrals and involvements) are
 * dealt into {@code lanes} by person, so that batches of different lanes never touch the same
 * person and can be written at the same time without waiting on each other's locks.
 */
final class BatchReader implements AutoCloseable {

    /** Rows of one file, at most the batch size, all of the same lane. */
    record Batch(ContractFile file, List<Map<String, Object>> rows, int lane) {
    }

    /** What the reading thread hands over: a batch, the end, or why it stopped. */
    private record Handover(Batch batch, Throwable failure) {
    }

    private static final Handover END = new Handover(null, null);

    private final BlockingQueue<Handover> queue;
    private final Thread thread;

    private BatchReader(Bundle bundle, Map<ContractFile, Layout> layouts, int batchSize, int lanes,
                        BiFunction<Layout, CsvFile.Row, Map<String, Object>> convert) {
        this.queue = new ArrayBlockingQueue<>(2 * lanes);
        this.thread = new Thread(() -> read(bundle, layouts, batchSize, lanes, convert), "import-lecture");
        thread.setDaemon(true);
    }

    static BatchReader start(Bundle bundle, Map<ContractFile, Layout> layouts, int batchSize, int lanes,
                             BiFunction<Layout, CsvFile.Row, Map<String, Object>> convert) {
        BatchReader reader = new BatchReader(bundle, layouts, batchSize, lanes, convert);
        reader.thread.start();
        return reader;
    }

    /** The next batch, or null once every file is read; rethrows what stopped the reading thread. */
    Batch next() throws IOException {
        Handover handover;
        try {
            handover = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("lecture du lot interrompue");
        }
        if (handover.failure() instanceof IOException e) {
            throw e;
        }
        if (handover.failure() instanceof RuntimeException e) {
            throw e;
        }
        if (handover.failure() instanceof Error e) {
            // An OutOfMemoryError stays one: the importer rolls back on it and rethrows it.
            throw e;
        }
        if (handover.failure() != null) {
            throw new IllegalStateException(handover.failure());
        }
        return handover.batch();
    }

    private void read(Bundle bundle, Map<ContractFile, Layout> layouts, int batchSize, int lanes,
                      BiFunction<Layout, CsvFile.Row, Map<String, Object>> convert) {
        try {
            for (ContractFile file : bundle.files()) {
                Layout layout = layouts.get(file);
                String person = file.personKey();
                List<List<Map<String, Object>>> rows = new ArrayList<>();
                for (int lane = 0; lane < lanes; lane++) {
                    rows.add(new ArrayList<>(batchSize));
                }
                try (CsvFile csv = bundle.csv(file)) {
                    csv.next();
                    for (CsvFile.Row row = csv.next(); row != null; row = csv.next()) {
                        Map<String, Object> graphRow = convert.apply(layout, row);
                        // A row about no one (a meeting of a table has no person) locks no person: any lane does.
                        int lane = person == null ? 0 : Math.floorMod(java.util.Objects.hashCode(graphRow.get(person)), lanes);
                        rows.get(lane).add(graphRow);
                        if (rows.get(lane).size() == batchSize) {
                            queue.put(new Handover(new Batch(file, rows.get(lane), lane), null));
                            rows.set(lane, new ArrayList<>(batchSize));
                        }
                    }
                }
                for (int lane = 0; lane < lanes; lane++) {
                    if (!rows.get(lane).isEmpty()) {
                        queue.put(new Handover(new Batch(file, rows.get(lane), lane), null));
                    }
                }
            }
            queue.put(END);
        } catch (InterruptedException e) {
            // The writer stopped (failure or close): nobody waits for more batches.
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException | Error e) {
            handOver(new Handover(null, e));
        }
    }

    private void handOver(Handover failure) {
        try {
            queue.put(failure);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the reading thread if the writer gave up early, and waits for it to let go of the files. */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("lecture du lot interrompue"));
        }
    }
}
