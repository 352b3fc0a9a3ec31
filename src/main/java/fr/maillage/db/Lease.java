package fr.maillage.db;

/**
 * A lease this instance holds ({@link Leases}), kept alive by its heartbeat until it is closed.
 * Whoever works under it checks {@link #lost()} between its steps: a lease whose heartbeat stopped
 * for longer than its duration may have been taken by another instance, which then acts as if
 * this one were dead.
 */
public final class Lease implements AutoCloseable {

    private final Leases leases;
    private final String name;
    private final String holder;
    private volatile boolean lost;

    Lease(Leases leases, String name, String holder) {
        this.leases = leases;
        this.name = name;
        this.holder = holder;
    }

    public String name() {
        return name;
    }

    /** What the lease is held for: an import's id, a task's name. */
    public String holder() {
        return holder;
    }

    /** Whether another instance took the lease after it ran out: the work under it must stop. */
    public boolean lost() {
        return lost;
    }

    void lose() {
        lost = true;
    }

    /** Gives the lease back, unless it was lost. */
    @Override
    public void close() {
        leases.release(this);
    }
}
