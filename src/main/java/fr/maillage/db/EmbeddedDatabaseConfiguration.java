package fr.maillage.db;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

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
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: Neo4j embedded in this JVM, its store in {@code maillage.data-dir}.
 *
 * <p>Active only while {@code spring.neo4j.uri} is unset; setting it hands the app to a
 * Neo4j server, cluster or Aura through Spring Boot's own driver configuration. The rest of
 * the app goes through {@link Graph}, which runs its queries in this JVM when the database is
 * embedded and over the driver otherwise, so it cannot tell the two modes apart.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.neo4j.uri:}'.isEmpty()")
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
    public Driver neo4jDriver(EmbeddedDatabase database) {
        // Without a Logging setting the driver formats every message, 5,000-row import batches
        // included, for debug lines it never prints (a tenth of an import's CPU when profiled).
        Config config = Config.builder().withoutEncryption().withLogging(Logging.slf4j()).build();
        return GraphDatabase.driver(database.boltUri(), AuthTokens.none(), config);
    }

    /** The embedded server with its Bolt endpoint on the loopback interface only. */
    public static final class EmbeddedDatabase implements AutoCloseable {
        private final DatabaseManagementService management;
        private final int boltPort;

        private EmbeddedDatabase(DatabaseManagementService management, int boltPort) {
            this.management = management;
            this.boltPort = boltPort;
        }

        static EmbeddedDatabase start(MaillageProperties properties) throws IOException {
            Path home = Path.of(properties.getDataDir()).toAbsolutePath().normalize();
            Files.createDirectories(home);
            int port = properties.getBoltPort() > 0 ? properties.getBoltPort() : freeLoopbackPort();
            long started = System.nanoTime();
            DatabaseManagementService management = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    // Bolt listens on loopback only; nothing outside this machine can reach it.
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, properties.getPageCacheBytes())
                    .build();
            EmbeddedDatabase database = new EmbeddedDatabase(management, port);
            // Ctrl-C runs Spring's shutdown hook, which closes this bean; the JVM hook is the
            // last resort when the context never finished starting.
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "neo4j-shutdown"));
            log.info("Neo4j embarqué démarré en {} ms, données dans {}, Bolt sur 127.0.0.1:{}",
                    (System.nanoTime() - started) / 1_000_000, home, port);
            return database;
        }

        /** The default database, for queries run in this JVM. */
        public GraphDatabaseService service() {
            return management.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        }

        public String boltUri() {
            return "bolt://127.0.0.1:" + boltPort;
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
