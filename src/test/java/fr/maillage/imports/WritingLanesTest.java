package fr.maillage.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InterruptedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.TransientFailureException;
import org.neo4j.kernel.DeadlockDetectedException;

class WritingLanesTest {

    @Test
    void batchesOfOneLaneAreWrittenInOrderAndEveryBatchIsWrittenOnce() throws InterruptedIOException {
        List<String> written = new CopyOnWriteArrayList<>();
        try (WritingLanes lanes = new WritingLanes(2)) {
            for (int batch = 0; batch < 20; batch++) {
                int lane = batch % 2;
                String name = lane + ":" + batch;
                lanes.submit(lane, () -> written.add(name));
            }
            lanes.awaitAll();
        }

        assertThat(written).hasSize(20).doesNotHaveDuplicates();
        assertThat(written.stream().filter(w -> w.startsWith("0:")).toList())
                .containsExactly("0:0", "0:2", "0:4", "0:6", "0:8", "0:10", "0:12", "0:14", "0:16", "0:18");
    }

    @Test
    void aFailedBatchSkipsTheBatchesNotStartedAndIsRethrownOnceNoLaneWrites() throws InterruptedException {
        CountDownLatch failed = new CountDownLatch(1);
        AtomicBoolean otherLaneStillWriting = new AtomicBoolean();
        AtomicInteger writtenAfterTheFailure = new AtomicInteger();
        WritingLanes lanes = new WritingLanes(2);
        try {
            lanes.submit(1, () -> {
                // The other lane's batch is committing when the failure happens.
                otherLaneStillWriting.set(true);
                await(failed);
                sleep(200);
                otherLaneStillWriting.set(false);
            });
            lanes.submit(0, () -> {
                failed.countDown();
                throw new IllegalStateException("contrainte violée");
            });
            lanes.submit(0, writtenAfterTheFailure::incrementAndGet);
            lanes.submit(1, writtenAfterTheFailure::incrementAndGet);

            assertThatThrownBy(lanes::awaitAll).isInstanceOf(IllegalStateException.class).hasMessage("contrainte violée");
            assertThat(otherLaneStillWriting).as("awaitAll returns once every lane has stopped").isFalse();
            assertThat(writtenAfterTheFailure).hasValue(0);
        } catch (InterruptedIOException e) {
            throw new AssertionError(e);
        } finally {
            lanes.close();
        }
    }

    @Test
    void closeWaitsForTheBatchBeingWritten() throws InterruptedIOException {
        AtomicBoolean writing = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        WritingLanes lanes = new WritingLanes(2);
        lanes.submit(0, () -> {
            writing.set(true);
            started.countDown();
            sleep(200);
            writing.set(false);
        });
        await(started);

        lanes.close();

        assertThat(writing).as("no batch may still write when the rollback starts").isFalse();
    }

    @Test
    void aTransientFailureIsTriedAgainAndAPersistentOneGivesUp() {
        AtomicInteger attempts = new AtomicInteger();
        String result = Transient.retried(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new DeadlockDetectedException("interblocage entre deux voies");
            }
            return "écrit";
        });
        assertThat(result).isEqualTo("écrit");
        assertThat(attempts).hasValue(3);

        AtomicInteger always = new AtomicInteger();
        assertThatThrownBy(() -> Transient.retried(() -> {
            always.incrementAndGet();
            throw new DeadlockDetectedException("interblocage entre deux voies");
        })).isInstanceOf(TransientFailureException.class);
        assertThat(always).hasValue(Transient.ATTEMPTS);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
