package fr.maillage.db;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Work derived from the published data (travail de fond: the exchange logs, the prepared
 * comparisons), done on a thread of its own after a publication or at start. Asking for it while
 * a run already waits asks for nothing more: that run will read the data of its own start. A run
 * under way is let finish at {@link #stop()} (the work checks {@link #stopping()} between its
 * steps), since interrupting a thread in the middle of the database's file operations could close
 * the store's channels.
 */
public final class BackgroundWork {

    private final ExecutorService thread;
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile boolean stopping;

    /** @param threadName the thread's name, as the logs show it */
    public BackgroundWork(String threadName) {
        this.thread = Executors.newSingleThreadExecutor(work -> {
            Thread named = new Thread(work, threadName);
            named.setDaemon(true);
            return named;
        });
    }

    /** Runs {@code work} on the thread, unless a run is already waiting to start. */
    public void runLater(Runnable work) {
        if (queued.compareAndSet(false, true)) {
            thread.execute(() -> {
                queued.set(false);
                work.run();
            });
        }
    }

    /** Whether {@link #stop()} was called: the work stops at its next step. */
    public boolean stopping() {
        return stopping;
    }

    /** Lets the run under way finish (a minute at most), then stops the thread. */
    public void stop() throws InterruptedException {
        stopping = true;
        thread.shutdown();
        thread.awaitTermination(1, TimeUnit.MINUTES);
    }
}
