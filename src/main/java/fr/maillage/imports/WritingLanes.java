package fr.maillage.imports;

import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writing lanes (voies d'écriture): one thread per lane writes the batches of that lane in
 * order, while the other lanes write theirs. {@link BatchReader} deals the rows of a person into
 * one lane, so two lanes never lock the same person; the structures they share are dense nodes,
 * which Neo4j lets several transactions extend at once. At most two batches per lane are in
 * hand (one writing, one waiting), so memory stays bounded.
 *
 * <p>A failure stops the lanes: batches not yet started are skipped, and {@link #awaitAll()}
 * and {@link #close()} return only once no lane writes any more, so that an import's rollback
 * never runs beside a batch still being written.
 */
final class WritingLanes implements AutoCloseable {

    private final ExecutorService[] lanes;
    private final Semaphore[] room;
    private final List<Future<?>> pending = new ArrayList<>();
    private final AtomicBoolean stopped = new AtomicBoolean();

    WritingLanes(int count) {
        lanes = new ExecutorService[count];
        room = new Semaphore[count];
        for (int lane = 0; lane < count; lane++) {
            String name = "import-ecriture-" + (lane + 1);
            lanes[lane] = Executors.newSingleThreadExecutor(work -> {
                Thread thread = new Thread(work, name);
                thread.setDaemon(true);
                return thread;
            });
            room[lane] = new Semaphore(2);
        }
    }

    /** Queues {@code batch} on its lane, waiting while that lane already has two batches in hand. */
    void submit(int lane, Runnable batch) throws InterruptedIOException {
        int k = Math.floorMod(lane, lanes.length);
        try {
            room[k].acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("écriture du lot interrompue");
        }
        pending.add(lanes[k].submit(() -> {
            try {
                if (!stopped.get()) {
                    batch.run();
                }
            } catch (RuntimeException | Error e) {
                stopped.set(true);
                throw e;
            } finally {
                room[k].release();
            }
        }));
    }

    /** Waits until every batch submitted so far is written; rethrows the first failure. */
    void awaitAll() throws InterruptedIOException {
        RuntimeException failure = null;
        try {
            for (Future<?> batch : pending) {
                try {
                    batch.get();
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            stopped.set(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("écriture du lot interrompue");
        } finally {
            pending.clear();
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Skips the batches not started yet and waits for those being written. */
    @Override
    public void close() {
        stopped.set(true);
        for (ExecutorService lane : lanes) {
            lane.shutdown();
        }
        try {
            for (ExecutorService lane : lanes) {
                while (!lane.awaitTermination(1, TimeUnit.MINUTES)) {
                    // A batch is still committing: the rollback must not start before it ends.
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
