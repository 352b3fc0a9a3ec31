package fr.maillage.db;

import java.time.Duration;

/**
 * A read the database stopped for running past {@code maillage.query-timeout}: the request
 * answers 503 with {@link #getMessage()} (see {@code api.ApiErrors}).
 */
public class QueryTimedOutException extends RuntimeException {

    public QueryTimedOutException(Duration timeout, Throwable cause) {
        super("La requête a dépassé " + readable(timeout) + " et a été interrompue ; réessayez, ou réduisez la "
                + "période ou le nombre de territoires demandés (limite réglée par maillage.query-timeout)", cause);
    }

    private static String readable(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }
}
