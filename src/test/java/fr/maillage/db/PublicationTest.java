package fr.maillage.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The gate between readers and a publication, without a database. */
class PublicationTest {

    private final Publication publication = new Publication();

    @Test
    void aReadAskedDuringAPublicationWaitsForItAndSeesTheVersionAfter() throws Exception {
        publication.start(4);
        CompletableFuture<Long> read = new CompletableFuture<>();

        publication.publish(5, () -> {
            Thread reader = new Thread(() -> read.complete(publication.reading(publication::current)));
            reader.start();
            // The reader is parked on the gate for as long as the publication writes.
            while (reader.getState() != Thread.State.WAITING) {
                Thread.onSpinWait();
            }
            assertThat(read).isNotDone();
        });

        assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo(5);
    }

    @Test
    void aPublicationThatFailsPublishesNothing() {
        publication.start(4);

        assertThatThrownBy(() -> publication.publish(5, () -> {
            throw new IllegalStateException("base indisponible");
        })).hasMessage("base indisponible");

        assertThat(publication.current()).isEqualTo(4);
        assertThat(publication.reading(publication::current)).as("the gate is open again").isEqualTo(4);
    }
}
