package fr.maillage.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class AnswerCacheTest {

    private final AtomicLong version = new AtomicLong(1);
    private final AtomicInteger computed = new AtomicInteger();

    private String compute() {
        return "réponse " + computed.incrementAndGet();
    }

    @Test
    void anAnswerIsComputedOncePerDataVersion() {
        AnswerCache cache = new AnswerCache(version::get, 10);
        assertThat(cache.get("k", List.of("nord"), this::compute)).isEqualTo("réponse 1");
        assertThat(cache.get("k", List.of("nord"), this::compute)).isEqualTo("réponse 1");
        assertThat(cache.get("k", List.of("sud"), this::compute)).isEqualTo("réponse 2");
        assertThat(cache.get("autre", List.of("nord"), this::compute)).isEqualTo("réponse 3");
        version.set(2);
        assertThat(cache.get("k", List.of("nord"), this::compute)).isEqualTo("réponse 4");
    }

    @Test
    void aRequestAskingDuringTheComputationWaitsForItInsteadOfComputingAgain() throws Exception {
        AnswerCache cache = new AnswerCache(version::get, 10);
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> cache.get("k", List.of("nord"), () -> {
            computing.countDown();
            await(release);
            return compute();
        }));
        computing.await();
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> cache.get("k", List.of("nord"), this::compute));
        release.countDown();
        assertThat(first.get()).isEqualTo("réponse 1");
        assertThat(second.get()).isEqualTo("réponse 1");
        assertThat(computed).hasValue(1);
    }

    @Test
    void aFailureIsNotKept() {
        AnswerCache cache = new AnswerCache(version::get, 10);
        assertThatThrownBy(() -> cache.get("k", List.of("nord"), () -> {
            throw new IllegalStateException("base indisponible");
        })).hasMessage("base indisponible");
        assertThat(cache.get("k", List.of("nord"), this::compute)).isEqualTo("réponse 1");
    }

    @Test
    void theLeastRecentlyUsedAnswerLeavesBeyondTheBound() {
        AnswerCache cache = new AnswerCache(version::get, 2);
        cache.get("k", List.of("a"), this::compute);
        cache.get("k", List.of("b"), this::compute);
        cache.get("k", List.of("a"), this::compute);
        cache.get("k", List.of("c"), this::compute);
        assertThat(cache.get("k", List.of("a"), this::compute)).isEqualTo("réponse 1");
        assertThat(cache.get("k", List.of("b"), this::compute)).isEqualTo("réponse 4");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
