package fr.maillage.db;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.graphdb.GraphDatabaseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: Neo4j embedded in this JVM, its store in {@code maillage.data-dir}.
 *
 * <p>Active in {@link EmbeddedMode} only. The rest of the app goes through {@link Graph}, which
 * runs its queries in this JVM when the database is embedded and over the driver otherwise, so it
 * cannot tell the two modes apart. The Bolt connector stays closed unless
 * {@code maillage.bolt.enabled}: only tools such as cypher-shell (and the tests) need it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedMode.class)
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    // Closed with the context (after the driver, which depends on it), so a closed context
    // releases the store; the JVM hook in start() covers a context that never finished starting.
    @Bean(destroyMethod = "close")
    public EmbeddedDatabase embeddedDatabase(MaillageProperties properties) throws IOException {
        return EmbeddedDatabase.start(properties);
    }

    /** Closed before the embedded database stops, since it depends on it. */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty("maillage.bolt.enabled")
    public Driver neo4jDriver(EmbeddedDatabase database) {
        // Without a Logging setting the driver formats every message, 5,000-row import batches
        // included, for debug lines it never prints (a tenth of an import's CPU when profiled).
        Config config = Config.builder().withoutEncryption().withLogging(Logging.slf4j()).build();
        return GraphDatabase.driver(database.boltUri(), AuthTokens.basic(EmbeddedDatabase.USER, database.boltPassword()),
                config);
    }

    /**
     * The database's own health, in place of Spring Boot's check over a driver: its component is
     * {@code neo4j} in {@code /actuator/health} as on a server, with the store's folder, its free
     * disk and the Bolt connector as details (which only admins see).
     */
    @Bean
    public HealthIndicator neo4jHealthIndicator(EmbeddedDatabase database) {
        return () -> {
            Health.Builder health = database.service().isAvailable(1_000) ? Health.up() : Health.down();
            health.withDetail("database", "embarquée").withDetail("dataDir", database.home().toString());
            try {
                health.withDetail("freeDiskBytes", Files.getFileStore(database.home()).getUsableSpace());
            } catch (IOException e) {
                health.down().withDetail("freeDiskBytes", "illisible");
            }
            OptionalInt port = database.boltPort();
            return health.withDetail("bolt", port.isPresent() ? "127.0.0.1:" + port.getAsInt() : "fermé").build();
        };
    }

    /** The embedded server, with its Bolt endpoint, when asked for, on the loopback interface only. */
    public static final class EmbeddedDatabase implements AutoCloseable {

        /** The only user of Neo4j community edition, the one cypher-shell signs in as. */
        static final String USER = "neo4j";

        private final DatabaseManagementService management;
        private final Path home;
        private final OptionalInt boltPort;
        private final String boltPassword;

        private EmbeddedDatabase(DatabaseManagementService management, Path home, OptionalInt boltPort, String boltPassword) {
            this.management = management;
            this.home = home;
            this.boltPort = boltPort;
            this.boltPassword = boltPassword;
        }

        /** A tenth of the read timeout, between 10 ms and Neo4j's default of 2 s. */
        static Duration checkInterval(Duration queryTimeout) {
            Duration tenth = queryTimeout.dividedBy(10);
            return tenth.compareTo(Duration.ofMillis(10)) < 0 ? Duration.ofMillis(10)
                    : tenth.compareTo(Duration.ofSeconds(2)) > 0 ? Duration.ofSeconds(2) : tenth;
        }

        static EmbeddedDatabase start(MaillageProperties properties) throws IOException {
            Path home = Path.of(properties.getDataDir()).toAbsolutePath().normalize();
            Files.createDirectories(home);
            boolean bolt = properties.getBolt().isEnabled();
            int port = !bolt ? 0 : properties.getBoltPort() > 0 ? properties.getBoltPort() : freeLoopbackPort();
            long started = System.nanoTime();
            // Loopback only, so nothing outside this machine can reach it, and no TLS on it.
            DatabaseManagementService management = builder(home, properties.getPageCacheBytes(),
                    bolt ? new SocketAddress("127.0.0.1", port) : null)
                    // Timeouts are enforced at each check: every 2 s by default, too coarse for a short one.
                    .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval,
                            checkInterval(properties.getQueryTimeout()))
                    .build();
            EmbeddedDatabase database;
            try {
                if (bolt) {
                    String password = BoltPassword.readOrCreate(home);
                    setPassword(management, password);
                    database = new EmbeddedDatabase(management, home, OptionalInt.of(port), password);
                } else {
                    database = new EmbeddedDatabase(management, home, OptionalInt.empty(), null);
                }
            } catch (IOException | RuntimeException e) {
                // Left running, the store would stay locked until the JVM exits.
                management.shutdown();
                throw e;
            }
            // Ctrl-C runs Spring's shutdown hook, which closes this bean; the JVM hook is the
            // last resort when the context never finished starting.
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "neo4j-shutdown"));
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (bolt) {
                log.info("Neo4j embarqué démarré en {} ms, données dans {}, Bolt sur 127.0.0.1:{} (utilisateur {}, "
                        + "mot de passe dans {})", millis, home, port, USER, home.resolve(BoltPassword.FILE));
            } else {
                log.info("Neo4j embarqué démarré en {} ms, données dans {}, Bolt fermé (maillage.bolt.enabled=true "
                        + "l'ouvre pour cypher-shell)", millis, home);
            }
            return database;
        }

        /**
         * Neo4j on {@code home} without its web connector, every Bolt connection signed in: Bolt
         * on {@code bolt} without TLS, or closed when it is null. Shared with the bare server of
         * {@link Neo4jServerCommand}, so both run the same database.
         */
        static DatabaseManagementServiceBuilder builder(Path home, long pageCacheBytes, SocketAddress bolt) {
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, bolt != null)
                    .setConfig(HttpConnector.enabled, false)
                    // The app's own transactions run in this JVM and need no credentials; every
                    // connection through Bolt does.
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                    // Nothing takes incremental backups from this store's transaction logs, and
                    // Neo4j's default (two days of them) kept 15 GB beside the 8.5 GB store of the
                    // synthetic France's import; recovery needs only the logs after the last
                    // checkpoint, which are never pruned.
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "1G size");
            if (bolt != null) {
                builder.setConfig(BoltConnector.listen_address, bolt)
                        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
            }
            return builder;
        }

        /**
         * Sets the kept password at every start, so that the file stays the truth: a store from
         * before Bolt required one, or a file replaced by hand, takes the file's password.
         * Neo4j refuses to set the password a user already has, and tells whether it is the same
         * only by failing a sign-in (which counts towards locking the account), so a throwaway
         * password comes first.
         */
        private static void setPassword(DatabaseManagementService management, String password) {
            GraphDatabaseService system = management.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            for (String next : new String[] {BoltPassword.generate(), password}) {
                system.executeTransactionally("ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
                        Map.of("password", next));
            }
        }

        /** The default database, for queries run in this JVM. */
        public GraphDatabaseService service() {
            return management.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        }

        /** The store's folder. */
        public Path home() {
            return home;
        }

        /** The Bolt port, when Bolt is open. */
        public OptionalInt boltPort() {
            return boltPort;
        }

        String boltUri() {
            return "bolt://127.0.0.1:" + boltPort.orElseThrow(() -> new IllegalStateException("Bolt fermé"));
        }

        String boltPassword() {
            return boltPassword;
        }

        private volatile boolean closed;

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                management.shutdown();
                log.info("Neo4j embarqué arrêté proprement");
            }
        }

        private static int freeLoopbackPort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }
    }
}
