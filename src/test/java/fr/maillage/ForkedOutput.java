package fr.maillage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The output of a forked JVM ({@link ForkedNeo4jServer}, {@link ForkedApp}), read to its end on a
 * thread of its own: each line kept, and printed to this JVM's output after a mark naming the
 * process, until the line that says it is ready.
 */
final class ForkedOutput {

    private final List<String> lines = new ArrayList<>();
    private final CountDownLatch readyOrGone = new CountDownLatch(1);
    private final Thread reader;
    private volatile boolean ready;

    /** Starts reading {@code process}'s output, the ready line being the first {@code readyLine} accepts. */
    ForkedOutput(Process process, String mark, Predicate<String> readyLine) {
        reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    System.out.println("[" + mark + "] " + line);
                    if (!ready && readyLine.test(line)) {
                        ready = true;
                        readyOrGone.countDown();
                    }
                }
            } catch (IOException e) {
                // the process is gone
            }
            readyOrGone.countDown();
        }, "output-" + mark);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Waits for the ready line or the end of the output.
     *
     * @return whether the ready line came
     * @throws IllegalStateException when neither came within {@code patience}
     */
    boolean awaitReady(Duration patience) {
        try {
            if (!readyOrGone.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("Ni prêt ni arrêté en " + patience.toSeconds() + " s : " + lines());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return ready;
    }

    /** The lines so far. */
    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** Waits a little for the last lines of a process that stopped. */
    void awaitEnd() throws InterruptedException {
        reader.join(TimeUnit.SECONDS.toMillis(10));
    }
}
