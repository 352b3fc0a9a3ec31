package fr.maillage.db;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.slf4j.LoggerFactory;

import fr.maillage.db.EmbeddedDatabaseConfiguration.EmbeddedDatabase;

/**
 * A bare Neo4j server (serveur Neo4j nu) in a process of its own, for the app's server mode, the
 * tests' second pass and scripts: {@code java -jar maillage.jar neo4j-server
 * --maillage.data-dir=DIR --maillage.bolt-port=N --maillage.server-password=PW}. The same Neo4j as
 * the embedded database, with only its Bolt connector (no TLS) and user {@code neo4j}; no web app,
 * no Spring. Its password is set at the first start of {@code DIR}; a later start with another one
 * is refused, since every client would then fail to sign in. Prints {@value #READY}… once clients
 * may connect, runs until SIGTERM (or Ctrl-C) and then stops Neo4j cleanly.
 */
public final class Neo4jServerCommand {

    /** The first argument that selects this command instead of the web app. */
    public static final String NAME = "neo4j-server";

    /** The start of the line printed once Bolt accepts connections, which scripts wait for. */
    public static final String READY = "Neo4j prêt sur bolt://";

    private static final String DATA_DIR = "maillage.data-dir";
    private static final String PORT = "maillage.bolt-port";
    private static final String PASSWORD = "maillage.server-password";
    private static final String ADDRESS = "maillage.listen-address";
    private static final String PAGE_CACHE = "maillage.page-cache-bytes";
    private static final List<String> OPTIONS = List.of(DATA_DIR, PORT, PASSWORD, ADDRESS, PAGE_CACHE);

    /** Neo4j's own minimum ({@code dbms.security.auth_minimum_password_length}), said before it refuses. */
    private static final int MIN_PASSWORD = 8;

    private static final String USAGE = "Usage : java -jar maillage.jar " + NAME + " --" + DATA_DIR + "=DOSSIER --" + PORT
            + "=PORT --" + PASSWORD + "=MOT_DE_PASSE [--" + ADDRESS + "=127.0.0.1] [--" + PAGE_CACHE + "=OCTETS]";

    private Neo4jServerCommand() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    /** A problem with what the command was given, said to its user in French. */
    private static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private record Settings(Path home, String address, int port, String password, long pageCacheBytes) {
        /** Where the server listens, as a client on this machine reaches it. */
        String localUri() {
            boolean wildcard = address.equals("0.0.0.0") || address.equals("::");
            return "bolt://" + (wildcard ? "127.0.0.1" : address) + ":" + port;
        }
    }

    /**
     * Runs the server until the JVM is asked to stop, then returns 0; returns at once with 2 on
     * bad arguments, a port already taken or a wrong password, and 1 when Neo4j would not start.
     */
    public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        Settings settings;
        try {
            settings = settings(args, environment);
            checkPortFree(settings);
        } catch (Refused e) {
            err.println(e.getMessage());
            return 2;
        }
        quietLibraries();
        DatabaseManagementService management;
        try {
            Files.createDirectories(settings.home());
            management = EmbeddedDatabase.builder(settings.home(), settings.pageCacheBytes(),
                    new SocketAddress(settings.address(), settings.port())).build();
        } catch (IOException | RuntimeException e) {
            err.println("Neo4j n'a pas démarré dans " + settings.home() + " : " + rootMessage(e));
            return 1;
        }
        // SIGTERM and Ctrl-C run the shutdown hooks: the store is closed cleanly whenever they come.
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        Runnable stop = () -> {
            if (stopping.compareAndSet(false, true)) {
                try {
                    management.shutdown();
                    out.println("Neo4j arrêté proprement");
                } catch (RuntimeException e) {
                    err.println("Arrêt de Neo4j : " + rootMessage(e));
                    throw e;
                } finally {
                    out.flush();
                    stopped.countDown();
                }
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-server-shutdown"));
        try {
            boolean first = signIn(management, settings);
            if (!InetAddress.getByName(settings.address()).isLoopbackAddress()) {
                err.println("Attention : Bolt écoute sur " + settings.address() + " sans TLS ; mot de passe et données "
                        + "y passent en clair : réservé à un réseau de confiance.");
            }
            out.println((first ? "Mot de passe de neo4j fixé (premier démarrage de ce dossier). " : "")
                    + "Données dans " + settings.home());
            out.println(READY + settings.localUri().substring("bolt://".length()));
            out.flush();
            stopped.await();
            return 0;
        } catch (Refused e) {
            err.println(e.getMessage());
            stop.run();
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("Neo4j n'a pas démarré dans " + settings.home() + " : " + rootMessage(e));
            stop.run();
            return 1;
        }
    }

    private static Settings settings(String[] args, Map<String, String> environment) throws Refused {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            String name = arg.startsWith("--") && eq > 2 ? arg.substring(2, eq) : null;
            if (name == null || !OPTIONS.contains(name)) {
                throw new Refused("Option inconnue : " + arg + "\n" + USAGE);
            }
            given.put(name, arg.substring(eq + 1));
        }
        String home = given.get(DATA_DIR);
        if (home == null || home.isBlank()) {
            throw new Refused("Il manque le dossier des données (--" + DATA_DIR + "=DOSSIER).\n" + USAGE);
        }
        // The environment keeps the password out of what `ps` shows; the option wins when both are given.
        String password = given.getOrDefault(PASSWORD, environment.get("MAILLAGE_SERVER_PASSWORD"));
        if (password == null || password.isEmpty()) {
            throw new Refused("Il manque le mot de passe de l'utilisateur neo4j (--" + PASSWORD
                    + "=MOT_DE_PASSE, ou la variable MAILLAGE_SERVER_PASSWORD).\n" + USAGE);
        }
        if (password.length() < MIN_PASSWORD) {
            throw new Refused("Le mot de passe de neo4j doit avoir au moins " + MIN_PASSWORD + " caractères.");
        }
        String port = given.get(PORT);
        if (port == null) {
            throw new Refused("Il manque le port Bolt (--" + PORT + "=PORT).\n" + USAGE);
        }
        return new Settings(Path.of(home).toAbsolutePath().normalize(), given.getOrDefault(ADDRESS, "127.0.0.1"),
                number(PORT, port, 1, 65_535), password,
                number(PAGE_CACHE, given.getOrDefault(PAGE_CACHE, String.valueOf(512L * 1024 * 1024)), 8L * 1024 * 1024,
                        Long.MAX_VALUE));
    }

    private static int number(String option, String value, int min, int max) throws Refused {
        return (int) number(option, value, min, (long) max);
    }

    private static long number(String option, String value, long min, long max) throws Refused {
        try {
            long n = Long.parseLong(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new Refused("--" + option + " attend un nombre entre " + min + " et " + max + " : « " + value + " »");
    }

    /** Said before Neo4j starts, whose own message on a taken port lies deep in a stack trace. */
    private static void checkPortFree(Settings settings) throws Refused {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(settings.address(), settings.port()));
        } catch (BindException e) {
            throw new Refused("Le port " + settings.port() + " est déjà pris sur " + settings.address()
                    + " : un autre serveur l'écoute ; choisissez-en un autre (--" + PORT + "=N).");
        } catch (IOException | IllegalArgumentException | SecurityException e) {
            throw new Refused("Impossible d'écouter sur " + settings.address() + ":" + settings.port() + " : "
                    + e.getMessage());
        }
    }

    /**
     * Sets the password of {@code neo4j} on a new store (whose user still has Neo4j's initial one,
     * to be changed), or checks that it is the given one; returns whether it was set.
     */
    private static boolean signIn(DatabaseManagementService management, Settings settings) throws Refused {
        GraphDatabaseService system = management.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        boolean initial = system.executeTransactionally(
                "SHOW USERS YIELD user, passwordChangeRequired WHERE user = $user RETURN passwordChangeRequired",
                Map.of("user", EmbeddedDatabase.USER),
                result -> result.hasNext() && Boolean.TRUE.equals(result.next().get("passwordChangeRequired")));
        if (initial) {
            system.executeTransactionally("ALTER USER " + EmbeddedDatabase.USER
                    + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", settings.password()));
            return true;
        }
        // Neo4j keeps only a hash: signing in over Bolt is how to learn whether it is the same password.
        Config config = Config.builder().withoutEncryption().withLogging(Logging.none()).build();
        try (Driver driver = GraphDatabase.driver(settings.localUri(),
                AuthTokens.basic(EmbeddedDatabase.USER, settings.password()), config)) {
            driver.verifyConnectivity();
        } catch (AuthenticationException e) {
            throw new Refused("Le mot de passe donné n'est pas celui de l'utilisateur neo4j de " + settings.home()
                    + " : il a été fixé au premier démarrage de ce dossier et reste le même. Donnez celui-là, "
                    + "ou changez-le d'abord avec cypher-shell (ALTER CURRENT USER SET PASSWORD FROM 'ancien' TO 'nouveau').");
        }
        return false;
    }

    /**
     * Without Spring Boot to configure it, Logback prints every library's debug lines (Netty's,
     * the driver's); this command says what matters itself, and Neo4j keeps its own logs in
     * {@code DIR/logs}.
     */
    private static void quietLibraries() {
        // Neo4j ships an SLF4J provider of its own beside Logback: naming Logback spares the warning.
        System.setProperty("slf4j.provider", "ch.qos.logback.classic.spi.LogbackServiceProvider");
        System.setProperty("slf4j.internal.verbosity", "WARN");
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
