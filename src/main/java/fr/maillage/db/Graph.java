package fr.maillage.db;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.driver.internal.util.QueryKeys;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AbstractSecurityLog;
import org.neo4j.internal.kernel.api.security.AccessMode;
import org.neo4j.internal.kernel.api.security.AuthSubject;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.internal.kernel.api.security.SecurityContext;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.database.PrivilegeDatabaseReference;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.kernel.api.exceptions.Status;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import fr.maillage.db.EmbeddedDatabaseConfiguration.EmbeddedDatabase;

/**
 * Runs the named queries of {@code cypher/} against whichever Neo4j the app is connected to.
 * User input only ever reaches Cypher as parameters.
 *
 * <p>On the embedded database the queries run in this JVM, without Bolt: the driver would
 * pack every parameter and record into Bolt messages and the server unpack them again, which
 * cost a quarter to a half of an import's or a projection's CPU when measured (see
 * docs/benchmarks.md). Either way the callers get the driver's {@link Record}s, so the rest of
 * the app cannot tell the two modes apart.
 *
 * <p>Reads run under {@code maillage.query-timeout}: past it the database stops the transaction and
 * the caller gets a {@link QueryTimedOutException}, rather than a request holding the database
 * for as long as it likes. Writes (an import's batches) have no such limit.
 *
 * <p>Every read runs in a read transaction and every write in a write transaction: over the driver
 * {@code executeRead} / {@code executeWrite}, which a cluster or Aura routes to a secondary or to
 * the leader; in this JVM a read transaction that may not write. A write sent through a read fails
 * in both modes ({@code db.ReadAndWriteTransactionsTest}).
 */
@Component
public class Graph {

    /** The parameter naming the published version in reading queries. */
    public static final String PUBLISHED = "published";

    private final Transactions transactions;
    private final Publication publication;
    private final Duration readTimeout;

    /** On the embedded database there is no driver at all unless Bolt is open, and none is used. */
    public Graph(ObjectProvider<Driver> driver, ObjectProvider<EmbeddedDatabase> embedded,
                 MaillageProperties properties, Publication publication) {
        EmbeddedDatabase database = embedded.getIfAvailable();
        this.readTimeout = properties.getQueryTimeout();
        this.transactions = database == null ? new OverBolt(driver.getObject()) : new InProcess(database.service());
        this.publication = publication;
    }

    /**
     * Runs {@code cypher/<file>} in a read transaction and maps every record. The query gets
     * {@code $published}, the version of the data it may see ({@link Publication}), unless the
     * caller gives one: work that spans several queries outside a request reads one version.
     *
     * @throws QueryTimedOutException past {@code maillage.query-timeout}
     */
    public <T> List<T> read(String file, Map<String, Object> parameters, Function<Record, T> mapper) {
        return read(file, parameters, mapper, readTimeout);
    }

    /**
     * The same read without {@code maillage.query-timeout}, for the app's own bookkeeping (the
     * import journal at start, the imports' records): the timeout bounds what a request may cost,
     * and a start-up that fails because the disk was slow for a second would be worse than a slow
     * start. Never on behalf of a request.
     */
    public <T> List<T> readUnbounded(String file, Map<String, Object> parameters, Function<Record, T> mapper) {
        return read(file, parameters, mapper, null);
    }

    /** @param timeout null for none */
    private <T> List<T> read(String file, Map<String, Object> parameters, Function<Record, T> mapper, Duration timeout) {
        String query = CypherFiles.load(file);
        Map<String, Object> withVersion = parameters;
        if (!parameters.containsKey(PUBLISHED)) {
            withVersion = new HashMap<>(parameters);
            withVersion.put(PUBLISHED, publication.current());
        }
        Map<String, Object> given = withVersion;
        try {
            return transactions.read(statements -> statements.run(query, given).stream().map(mapper).toList(), timeout);
        } catch (RuntimeException e) {
            if (timedOut(e)) {
                throw new QueryTimedOutException(readTimeout, e);
            }
            throw e;
        }
    }

    /** Whether {@code e} says the database stopped a transaction for running past its timeout, in either mode. */
    private static boolean timedOut(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String code = cause instanceof Neo4jException bolt ? bolt.code()
                    : cause instanceof QueryExecutionException embedded ? embedded.getStatusCode()
                    : cause instanceof Status.HasStatus status ? status.status().code().serialize() : null;
            if (code != null && code.contains("TransactionTimedOut")) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code cypher/<file>} in a write transaction. */
    public void write(String file, Map<String, Object> parameters) {
        String query = CypherFiles.load(file);
        inWriteTransaction(statements -> statements.run(query, parameters));
    }

    /** Runs {@code cypher/<file>} in a write transaction and maps every record it returns. */
    public <T> List<T> write(String file, Map<String, Object> parameters, Function<Record, T> mapper) {
        String query = CypherFiles.load(file);
        return inWriteTransaction(statements -> statements.run(query, parameters).stream().map(mapper).toList());
    }

    /** Runs {@code work} in one write transaction, committed when it returns and rolled back if it throws. */
    public <T> T inWriteTransaction(Function<Statements, T> work) {
        return transactions.write(work);
    }

    /** Whether the database is embedded in this JVM, so that {@link #inEmbeddedWriteTransaction} may be used. */
    public boolean isEmbedded() {
        return transactions instanceof InProcess;
    }

    /**
     * Runs {@code work} on the embedded database's Java API in one write transaction, committed
     * when it returns: for the few writes measured to be much faster that way than in Cypher.
     *
     * @throws IllegalStateException on a Neo4j server
     */
    public <T> T inEmbeddedWriteTransaction(Function<Transaction, T> work) {
        if (!(transactions instanceof InProcess inProcess)) {
            throw new IllegalStateException("base Neo4j distante : pas d'API Java embarquée");
        }
        try (Transaction tx = inProcess.database().beginTx()) {
            T result = work.apply(tx);
            tx.commit();
            return result;
        }
    }

    /** Where transactions run: over Bolt through the driver, or inside the embedded database. */
    private interface Transactions {
        /** @param timeout null for none */
        <T> T read(Function<Statements, T> work, Duration timeout);

        <T> T write(Function<Statements, T> work);
    }

    /**
     * Every session shares one bookmark manager: on a cluster a read routed to a secondary then
     * waits until that secondary holds every write this app committed before it (an import's
     * batches, its publication), as on a single server.
     */
    private record OverBolt(Driver driver, SessionConfig sessions) implements Transactions {

        OverBolt(Driver driver) {
            this(driver, SessionConfig.builder()
                    .withBookmarkManager(BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build())).build());
        }

        @Override
        public <T> T read(Function<Statements, T> work, Duration timeout) {
            try (Session session = driver.session(sessions)) {
                return session.executeRead(tx -> work.apply((query, parameters) -> tx.run(query, parameters).list()),
                        timeout == null ? TransactionConfig.empty() : TransactionConfig.builder().withTimeout(timeout).build());
            }
        }

        @Override
        public <T> T write(Function<Statements, T> work) {
            try (Session session = driver.session(sessions)) {
                return session.executeWrite(tx -> work.apply((query, parameters) -> tx.run(query, parameters).list()));
            }
        }
    }

    private record InProcess(GraphDatabaseService database) implements Transactions {

        /**
         * Reads in this JVM may only read, as a server's read transactions may (a cluster routes
         * them to a secondary, which refuses writes): a write in a read fails here first, in every test.
         */
        private static final LoginContext READ_ONLY = new LoginContext(AuthSubject.AUTH_DISABLED,
                ClientConnectionInfo.EMBEDDED_CONNECTION) {
            @Override
            public SecurityContext authorize(IdLookup idLookup, PrivilegeDatabaseReference database,
                                             AbstractSecurityLog securityLog) {
                return SecurityContext.authDisabled(AccessMode.Static.READ, connectionInfo(), database.name());
            }
        };

        @Override
        public <T> T read(Function<Statements, T> work, Duration timeout) {
            GraphDatabaseAPI api = (GraphDatabaseAPI) database;
            try (Transaction tx = timeout == null
                    ? api.beginTransaction(KernelTransaction.Type.EXPLICIT, READ_ONLY)
                    : api.beginTransaction(KernelTransaction.Type.EXPLICIT, READ_ONLY,
                            ClientConnectionInfo.EMBEDDED_CONNECTION, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return work.apply((query, parameters) -> records(tx.execute(query, parameters)));
            }
        }

        @Override
        public <T> T write(Function<Statements, T> work) {
            try (Transaction tx = database.beginTx()) {
                T result = work.apply((query, parameters) -> records(tx.execute(query, parameters)));
                tx.commit();
                return result;
            }
        }

        /** The rows as the driver's records, with the values the driver would have decoded from Bolt. */
        private static List<Record> records(Result result) {
            try (result) {
                QueryKeys keys = new QueryKeys(result.columns());
                List<Record> records = new ArrayList<>();
                while (result.hasNext()) {
                    Map<String, Object> row = result.next();
                    List<Value> values = new ArrayList<>(keys.keys().size());
                    for (String key : keys.keys()) {
                        values.add(Values.value(row.get(key)));
                    }
                    records.add(new InternalRecord(keys, values));
                }
                return records;
            }
        }
    }
}
