package fr.maillage;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web app in a JVM of its own, started as an installation starts it
 * ({@code java -cp … MaillageApplication --spring.neo4j.uri=… …}) on a free port, and called over
 * HTTP as the admin: one of several app instances in front of one Neo4j server.
 */
public final class ForkedApp implements AutoCloseable {

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    private final Process process;
    private final String name;
    private final String authorization;
    private final ForkedOutput output;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private int port;

    private ForkedApp(Process process, String name, String adminPassword) {
        this.process = process;
        this.name = name;
        this.output = new ForkedOutput(process, name, line -> line.contains("Started MaillageApplication"));
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword)
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Starts the app on {@code server}, its own files in {@code home}, and returns once it serves.
     *
     * @param options more {@code --name=value} settings
     */
    public static ForkedApp start(String name, ForkedNeo4jServer server, Path home, String adminPassword,
                                  String... options) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                MaillageApplication.class.getName(), "--server.port=0", "--spring.neo4j.uri=" + server.uri(),
                "--spring.neo4j.authentication.username=" + ForkedNeo4jServer.USER,
                "--spring.neo4j.authentication.password=" + server.password(),
                "--maillage.data-dir=" + home.toAbsolutePath(), "--maillage.demo=false",
                "--maillage.admin-password=" + adminPassword));
        command.addAll(List.of(options));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).directory(new File(".")).start();
            ForkedApp app = new ForkedApp(process, name, adminPassword);
            Runtime.getRuntime().addShutdownHook(new Thread(app::close, "stop-forked-app"));
            app.awaitServing();
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitServing() {
        boolean started = output.awaitReady(Duration.ofMinutes(3));
        port = output.lines().stream().map(PORT::matcher).filter(Matcher::find).mapToInt(m -> Integer.parseInt(m.group(1)))
                .findFirst().orElse(0);
        if (!started || !process.isAlive() || port == 0 || !acceptsTraffic()) {
            close();
            throw new IllegalStateException("L'instance " + name + " n'a pas démarré :\n" + String.join("\n", output.lines()));
        }
    }

    /**
     * Waits for the readiness probe, as a load balancer would: "Started" comes before the app's
     * runners (the first users among them), and a request signed in before them is refused.
     */
    private boolean acceptsTraffic() {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (process.isAlive() && System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
                Thread.sleep(100);
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** The answer of {@code GET path}, as the admin. */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** The answer of {@code POST path} without a body, as the admin. */
    public HttpResponse<String> post(String path) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Authorization", authorization).header("Accept", "application/json")
                    .timeout(Duration.ofMinutes(3)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public long pid() {
        return process.pid();
    }

    /** What the app printed so far. */
    public List<String> output() {
        return output.lines();
    }

    /** Kills the app (SIGKILL), as a crash or a pulled plug would stop it: nothing of it runs after. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.toHandle().destroy();
            try {
                if (!process.waitFor(1, TimeUnit.MINUTES)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }
}
