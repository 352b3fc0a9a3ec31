package fr.maillage.db;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The published version of the data (version publiée): the sequence number of the latest import
 * that landed whole. Every node an import creates carries its import's number
 * ({@code importSeq}); every reading query keeps only the nodes numbered at most the published
 * version ({@code $published}, which {@link Graph#read} passes to each of them), so the rows of
 * an import under way stay out of every answer until it is published.
 *
 * <p>An import changes rows that existed before it only at its publication, all at once under
 * {@link #publish}, while no request reads: readers hold {@link #reading} for the length of a
 * request. The lock is fair, so a publication waits only for the requests already reading, and
 * the requests arriving meanwhile wait only for the publication. With several app instances on
 * one database, the other instances hold their readers too ({@link PublicationGate}).
 */
@Component
public class Publication implements DataVersion {

    private final AtomicLong published = new AtomicLong();
    private final ReadWriteLock gate = new ReentrantReadWriteLock(true);

    /** The version every read sees now: it moves only when an import is published. */
    @Override
    public long current() {
        return published.get();
    }

    /** Sets the version found in the database at start-up. */
    public void start(long version) {
        published.set(version);
    }

    /** Runs a request's reads with no publication beside them. */
    public <T> T reading(Supplier<T> reads) {
        gate.readLock().lock();
        try {
            return reads.get();
        } finally {
            gate.readLock().unlock();
        }
    }

    /**
     * Holds every reader of this instance, as {@link #publish} does, for another instance's
     * publication: the calling thread waits for the requests reading now, and only it may
     * {@link #releaseReaders release} them.
     */
    void holdReaders() {
        gate.writeLock().lock();
    }

    /** Lets the readers go on, with {@code version} when it is later than theirs. */
    void releaseReaders(long version) {
        try {
            published.accumulateAndGet(version, Math::max);
        } finally {
            gate.writeLock().unlock();
        }
    }

    /**
     * Runs {@code changes} (an import's updates of rows that existed, then the record that makes
     * it published) while no request reads, and publishes {@code version} once they returned.
     * When they throw, they are expected to have put the database back first, and nothing is
     * published.
     */
    public void publish(long version, Runnable changes) {
        gate.writeLock().lock();
        try {
            changes.run();
            published.set(version);
        } finally {
            gate.writeLock().unlock();
        }
    }
}
