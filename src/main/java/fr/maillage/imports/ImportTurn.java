package fr.maillage.imports;

import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.stereotype.Component;

import fr.maillage.db.Lease;
import fr.maillage.db.Leases;

/**
 * The turn to write (tour d'écriture): one import writes at a time across every app instance on
 * the database, and the recovery of an import a dead instance left is done by whoever holds the
 * turn. It is this JVM's lock and the database's lease {@value #LEASE} ({@link Leases}): an
 * import asked while another instance's runs is refused as one asked on the same instance is.
 */
@Component
class ImportTurn {

    static final String LEASE = "import";

    /** What the turn names as its holder while an instance recovers what a dead one left. */
    static final String RECOVERY = "reprise-des-imports";

    /** How long an import waits for a recovery under way before it is refused. */
    private static final long RECOVERY_PATIENCE_NANOS = 30_000_000_000L;

    private final Leases leases;
    private final ReentrantLock writing = new ReentrantLock();
    private volatile String writer;

    ImportTurn(Leases leases) {
        this.leases = leases;
    }

    /**
     * Takes the turn for the import {@code importId}, waiting a little while a recovery holds it:
     * that one is short unless there is a dead import to roll back.
     *
     * @throws ImportBusyException naming the import that holds it, and its instance
     */
    Turn take(String importId) {
        long deadline = System.nanoTime() + RECOVERY_PATIENCE_NANOS;
        while (true) {
            Optional<Turn> taken = tryTake(importId);
            if (taken.isPresent()) {
                return taken.get();
            }
            ImportBusyException busy = busy();
            if (!RECOVERY.equals(busy.runningId()) || System.nanoTime() > deadline) {
                throw busy;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw busy;
            }
        }
    }

    /** Who holds the turn: this instance's writer, or another's. */
    private ImportBusyException busy() {
        String local = writer;
        return local != null ? new ImportBusyException(local, leases.instance())
                : leases.holder(LEASE).map(other -> new ImportBusyException(other.holder(), other.instance()))
                        // Given back between the two looks.
                        .orElseGet(() -> new ImportBusyException(RECOVERY, "?"));
    }

    /** Takes the turn for {@code holder} if no import of any instance holds it. */
    Optional<Turn> tryTake(String holder) {
        if (!writing.tryLock()) {
            return Optional.empty();
        }
        try {
            Optional<Lease> lease = leases.tryTake(LEASE, holder);
            if (lease.isEmpty()) {
                writing.unlock();
                return Optional.empty();
            }
            writer = holder;
            return Optional.of(new Turn(lease.get()));
        } catch (RuntimeException | Error e) {
            writing.unlock();
            throw e;
        }
    }

    /** The turn held, closed on the thread that took it. */
    final class Turn implements AutoCloseable {

        private final Lease lease;

        private Turn(Lease lease) {
            this.lease = lease;
        }

        /**
         * Whether another instance took the turn, this one's heartbeat having stopped for longer
         * than a lease lasts: it takes this instance for dead and rolls its import back.
         */
        boolean lost() {
            return lease.lost();
        }

        @Override
        public void close() {
            try {
                lease.close();
            } finally {
                writer = null;
                writing.unlock();
            }
        }
    }
}
