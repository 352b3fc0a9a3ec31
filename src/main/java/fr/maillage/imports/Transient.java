package fr.maillage.imports;

import java.util.function.Supplier;

import org.neo4j.graphdb.TransientFailureException;

/**
 * A transaction that Neo4j aborted for a passing reason (a deadlock between two writing lanes, a
 * lock wait that timed out) is tried again: it was rolled back whole, so trying it again writes
 * it once.
 */
final class Transient {

    static final int ATTEMPTS = 5;

    private Transient() {
    }

    static <T> T retried(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (TransientFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
