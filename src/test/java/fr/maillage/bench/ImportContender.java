package fr.maillage.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
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
import org.neo4j.driver.Session;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import fr.maillage.ForkedNeo4jServer;
import fr.maillage.MaillageApplication;
import fr.maillage.db.CypherFiles;
import fr.maillage.imports.BundleImporter;

/**
 * One contender of {@link ImportBenchmark}, alone in its JVM: {@code maillage}, {@code maillage-server}
 * (the same on a Neo4j server process), {@code load-csv} or {@code neo4j-admin}. Only the import itself is timed (not the database's start-up nor the
 * conversion to neo4j-admin's format); heap is sampled every 10 ms during it. The last line
 * printed is {@value #RESULT} then wall ms, CPU ms, peak heap bytes, peak RSS bytes and a note, tab-separated.
 */
public final class ImportContender {

    static final String RESULT = "RESULTAT\t";

    /**
     * The page cache of the embedded stores ({@code -Dbench.page-cache-bytes}): the app's default
     * 512 MiB, or what {@link ImportBenchmark} gives every contender at country scale; neo4j-admin
     * gets as much off-heap memory, and at least the 2 GiB it always had.
     */
    private static final long PAGE_CACHE = Long.getLong("bench.page-cache-bytes", 512L * 1024 * 1024);

    private static final AtomicLong peakHeap = new AtomicLong();
    private static long cpuAtStart;

    private ImportContender() {
    }

    public static void main(String[] args) throws Exception {
        String contender = args[0];
        Path bundle = Path.of(args[1]);
        Path scratch = Path.of(args[2]);
        FileSystemUtils.deleteRecursively(scratch);
        Files.createDirectories(scratch);
        Thread sampler = new Thread(ImportContender::sampleHeap, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        int exit = 0;
        try {
            String line = switch (contender) {
                case "maillage" -> maillage(bundle, scratch);
                case "maillage-server" -> maillageOnServer(bundle, scratch);
                case "load-csv" -> loadCsv(bundle, scratch);
                case "neo4j-admin" -> neo4jAdmin(bundle, scratch);
                default -> throw new IllegalArgumentException(contender);
            };
            System.out.println(RESULT + line);
        } catch (RuntimeException | IOException e) {
            e.printStackTrace();
            exit = 1;
        }
        System.out.flush();
        // Embedded Neo4j and Spring leave non-daemon threads behind, even after a failure.
        System.exit(exit);
    }

    /** Maillage's own import: validation of the whole bundle, then batches committed with their undo journal. */
    private static String maillage(Path bundle, Path scratch) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MaillageApplication.class)
                .web(WebApplicationType.NONE)
                .run("--maillage.data-dir=" + scratch.resolve("data"), "--maillage.demo=false",
                        "--maillage.bolt.enabled=true", "--maillage.page-cache-bytes=" + PAGE_CACHE)) {
            BundleImporter importer = app.getBean(BundleImporter.class);
            long started = startMeasure();
            importer.importBundle(bundle);
            return measured(started, "validé, tout ou rien, base embarquée en ligne ; " + graphSize(app.getBean(Driver.class)));
        }
    }

    /**
     * The same import on a Neo4j server in a process of its own ({@code neo4j-server}, 2 GB of heap
     * and the embedded database's 512 MiB page cache), every batch through Bolt. Heap and RSS are
     * the app's; the note gives the server's CPU beside the app's.
     */
    private static String maillageOnServer(Path bundle, Path scratch) {
        try (ForkedNeo4jServer server = ForkedNeo4jServer.start(scratch.resolve("server"), "mot-de-passe-du-banc",
                "-Xmx2g", PAGE_CACHE);
             ConfigurableApplicationContext app = new SpringApplicationBuilder(MaillageApplication.class)
                     .web(WebApplicationType.NONE)
                     .run("--maillage.data-dir=" + scratch.resolve("data"), "--maillage.demo=false",
                             "--spring.neo4j.uri=" + server.uri(), "--spring.neo4j.authentication.username=" + ForkedNeo4jServer.USER,
                             "--spring.neo4j.authentication.password=" + server.password())) {
            BundleImporter importer = app.getBean(BundleImporter.class);
            Duration serverCpu = server.cpu();
            long started = startMeasure();
            importer.importBundle(bundle);
            String note = String.format(Locale.ROOT, "validé, tout ou rien, par Bolt vers un serveur Neo4j à part "
                    + "(CPU du serveur %.1f s) ; ", server.cpu().minus(serverCpu).toMillis() / 1000.0);
            return measured(started, note + graphSize(app.getBean(Driver.class)));
        }
    }

    /** A plain LOAD CSV + MERGE script on a fresh embedded database whose import folder is the bundle. */
    private static String loadCsv(Path bundle, Path scratch) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(scratch.resolve("data"))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, PAGE_CACHE)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, bundle.toAbsolutePath())
                .setConfig(GraphDatabaseSettings.allow_file_urls, true)
                .build();
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none(),
                Config.builder().withoutEncryption().build()); Session session = driver.session()) {
            // A user who knows MERGE creates the uniqueness constraints first: the same as Maillage's schema.
            for (String file : List.of("schema/01-constraints.cypher", "schema/02-indexes.cypher")) {
                for (String statement : CypherFiles.statements(file)) {
                    session.run(statement).consume();
                }
            }
            long started = startMeasure();
            for (String statement : CypherFiles.statements("bench/load-csv-merge.cypher")) {
                session.run(statement).consume();
            }
            return measured(started, "transactions de 10 000 lignes, sans validation ; " + graphSize(driver));
        } finally {
            dbms.shutdown();
        }
    }

    /** neo4j-admin database import full: the offline limit for writing a store. */
    private static String neo4jAdmin(Path bundle, Path scratch) throws IOException {
        Path home = scratch.resolve("neo4j-home");
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve("conf/neo4j.conf"), "", StandardCharsets.UTF_8);
        long converting = System.nanoTime();
        List<String> args = new ArrayList<>(List.of("database", "import", "full", "--overwrite-destination=true",
                "--array-delimiter=;", "--ignore-empty-strings=true", "--max-off-heap-memory=" + (Math.max(PAGE_CACHE, 2L << 30) >> 20) + "m",
                "--report-file=" + scratch.resolve("import.report")));
        args.addAll(AdminBundle.convert(bundle, scratch.resolve("admin-csv")));
        String conversion = String.format(Locale.ROOT, "conversion préalable au format neo4j-admin %.1f s, non comptée",
                (System.nanoTime() - converting) / 1e9);
        long started = startMeasure();
        int exit = AdminTool.execute(new ExecutionContext(home, home.resolve("conf")), args.toArray(String[]::new));
        if (exit != 0) {
            throw new IllegalStateException("neo4j-admin a échoué, code " + exit);
        }
        return measured(started, "hors ligne, base vide ; " + conversion);
    }

    /** Nodes and relationships written, to check that every contender built the same graph. */
    private static String graphSize(Driver driver) {
        try (Session session = driver.session()) {
            long nodes = session.run(CypherFiles.load("bench/count-nodes.cypher")).single().get("c").asLong();
            long relationships = session.run(CypherFiles.load("bench/count-relationships.cypher")).single().get("c").asLong();
            return nodes + " nœuds, " + relationships + " relations";
        }
    }

    private static long startMeasure() {
        System.gc();
        peakHeap.set(0);
        try {
            // Linux: writing 5 to clear_refs resets the peak RSS, so start-up and conversion do not count.
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | UnsupportedOperationException e) {
            // Elsewhere the RSS peak includes start-up.
        }
        cpuAtStart = processCpuNanos();
        return System.nanoTime();
    }

    /** CPU time of this JVM: on a machine shared with others, wall time alone says little. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String measured(long started, String note) {
        long millis = (System.nanoTime() - started) / 1_000_000;
        long cpuMillis = (processCpuNanos() - cpuAtStart) / 1_000_000;
        return millis + "\t" + cpuMillis + "\t" + peakHeap.get() + "\t" + peakRss() + "\t" + note;
    }

    private static void sampleHeap() {
        while (true) {
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            peakHeap.accumulateAndGet(used, Math::max);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long peakRss() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(l -> l.startsWith("VmHWM:")).map(l -> l.replaceAll("\\D", ""))
                    .mapToLong(kb -> Long.parseLong(kb) * 1024).findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }
}
