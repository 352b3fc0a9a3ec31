package fr.maillage;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import fr.maillage.db.Neo4jServerCommand;

/**
 * The bare Neo4j server of {@code neo4j-server} in a JVM of its own, started as a script starts it
 * ({@code java -cp … MaillageApplication neo4j-server --maillage.data-dir=… --maillage.bolt-port=…
 * --maillage.server-password=…}) on a free loopback port, and stopped with SIGTERM. Its output goes
 * to this JVM's, each line marked ({@link ForkedOutput}).
 */
public final class ForkedNeo4jServer implements AutoCloseable {

    public static final String USER = "neo4j";

    private final Process process;
    private final int port;
    private final String password;
    private final ForkedOutput output;

    private ForkedNeo4jServer(Process process, int port, String password) {
        this.process = process;
        this.port = port;
        this.password = password;
        this.output = new ForkedOutput(process, "neo4j-server :" + port, line -> line.startsWith(Neo4jServerCommand.READY));
    }

    /** Starts a server on {@code home} with a random password, and returns once it is ready. */
    public static ForkedNeo4jServer start(Path home) {
        return start(home, randomPassword(), "-Xmx512m");
    }

    /** A test's server: a small page cache, as the tests' embedded databases have. */
    public static ForkedNeo4jServer start(Path home, String password, String heap) {
        return start(home, password, heap, 64L * 1024 * 1024);
    }

    /**
     * @param heap the server JVM's {@code -Xmx} option
     * @throws IllegalStateException with the exit code and output of a server that stopped before it was ready
     */
    public static ForkedNeo4jServer start(Path home, String password, String heap, long pageCacheBytes) {
        for (int attempt = 1; ; attempt++) {
            ForkedNeo4jServer server = launch(home, freeLoopbackPort(), password, heap, pageCacheBytes);
            if (server.awaitReady()) {
                return server;
            }
            int exit = server.stop();
            // A free port may be taken between the look and the bind: the command says so, and another is tried.
            boolean portTaken = server.output().stream().anyMatch(line -> line.contains("est déjà pris"));
            if (!portTaken || attempt == 3) {
                throw new IllegalStateException("Le serveur Neo4j s'est arrêté (code " + exit + ") avant d'être prêt :\n"
                        + String.join("\n", server.output()));
            }
        }
    }

    private static ForkedNeo4jServer launch(Path home, int port, String password, String heap, long pageCacheBytes) {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-cp", System.getProperty("java.class.path"), MaillageApplication.class.getName(),
                Neo4jServerCommand.NAME, "--maillage.data-dir=" + home.toAbsolutePath(), "--maillage.bolt-port=" + port,
                "--maillage.server-password=" + password, "--maillage.page-cache-bytes=" + pageCacheBytes);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).directory(new File(".")).start();
            ForkedNeo4jServer server = new ForkedNeo4jServer(process, port, password);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-forked-neo4j"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the server said it is ready before it exited. */
    private boolean awaitReady() {
        try {
            return output.awaitReady(Duration.ofMinutes(3));
        } catch (IllegalStateException e) {
            close();
            throw e;
        }
    }

    public String uri() {
        return "bolt://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public String password() {
        return password;
    }

    /** What the server printed so far. */
    public List<String> output() {
        return output.lines();
    }

    /** CPU time the server process has used so far. */
    public Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Sends SIGTERM and waits for the server to stop; returns its exit code. */
    public int stop() {
        // Process.destroy() would also close the pipes, losing what the server says while it stops.
        process.toHandle().destroy();
        try {
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
            }
            // Its last lines, read to the end of its output.
            output.awaitEnd();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    /**
     * Kills the server (SIGKILL) without waiting for it to stop: for a server whose folder is
     * thrown away, as the server pass's are. A clean stop waits about 5 s per Bolt connector.
     */
    public void discard() {
        process.destroyForcibly();
        try {
            process.waitFor(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
