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
 * import's time on the writing thread, and the machine has a second core. At most two batches
 * wait ahead of the writer, so memory stays bounded by the batch size, not the bundle's.
 */
final class BatchReader implements AutoCloseable {

    /** Rows of one file, at most the batch size. */
    record Batch(ContractFile file, List<Map<String, Object>> rows) {
    }

    /** What the reading thread hands over: a batch, the end, or why it stopped. */
    private record Handover(Batch batch, Throwable failure) {
    }

    private static final Handover END = new Handover(null, null);

    private final BlockingQueue<Handover> queue = new ArrayBlockingQueue<>(2);
    private final Thread thread;

    private BatchReader(Bundle bundle, Map<ContractFile, Layout> layouts, int batchSize,
                        BiFunction<Layout, CsvFile.Row, Map<String, Object>> convert) {
        this.thread = new Thread(() -> read(bundle, layouts, batchSize, convert), "import-lecture");
        thread.setDaemon(true);
    }

    static BatchReader start(Bundle bundle, Map<ContractFile, Layout> layouts, int batchSize,
                             BiFunction<Layout, CsvFile.Row, Map<String, Object>> convert) {
        BatchReader reader = new BatchReader(bundle, layouts, batchSize, convert);
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
        if (handover.failure() != null) {
            throw new IllegalStateException(handover.failure());
        }
        return handover.batch();
    }

    private void read(Bundle bundle, Map<ContractFile, Layout> layouts, int batchSize,
                      BiFunction<Layout, CsvFile.Row, Map<String, Object>> convert) {
        try {
            for (ContractFile file : bundle.files()) {
                Layout layout = layouts.get(file);
                List<Map<String, Object>> rows = new ArrayList<>(batchSize);
                try (CsvFile csv = new CsvFile(file.fileName(), bundle.open(file))) {
                    csv.next();
                    for (CsvFile.Row row = csv.next(); row != null; row = csv.next()) {
                        rows.add(convert.apply(layout, row));
                        if (rows.size() == batchSize) {
                            queue.put(new Handover(new Batch(file, rows), null));
                            rows = new ArrayList<>(batchSize);
                        }
                    }
                }
                if (!rows.isEmpty()) {
                    queue.put(new Handover(new Batch(file, rows), null));
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
