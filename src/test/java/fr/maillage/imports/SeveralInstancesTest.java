package fr.maillage.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import fr.maillage.ForkedApp;
import fr.maillage.ForkedNeo4jServer;
import fr.maillage.demo.BundleGenerator;
import fr.maillage.demo.BundleSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two app instances, each in a JVM of its own, in front of one Neo4j server in a third, as an
 * ARS runs them: started together on an empty server, an import from one read by both, a second
 * import refused by the other while the first writes, and the importing instance killed half-way,
 * its import rolled back by the other once its lease ran out.
 */
class SeveralInstancesTest {

    /** Short leases, so that a dead instance's import is rolled back within seconds. */
    private static final String LEASE = "--maillage.lease-duration=3s";
    private static final String PASSWORD = "plusieurs-instances-essai";

    @TempDir static Path temp;
    private static ForkedNeo4jServer server;
    private static ForkedApp a;
    private static ForkedApp b;
    private static final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void serverAndTwoInstances() throws Exception {
        Path imports = Files.createDirectories(temp.resolve("imports"));
        FileSystemUtils.copyRecursively(BundleImportTest.VALID, imports.resolve("valid"));
        // About 20,000 rows in batches of 20: seconds of writing, to be watched from the other instance, then cut.
        BundleGenerator.generate(BundleSpec.country(7, LocalDate.of(2026, 6, 30), 2,
                new BundleSpec.TerritorySize(40, 800, 2_500)), imports.resolve("large"));
        server = ForkedNeo4jServer.start(temp.resolve("neo4j"));
        String[] options = {LEASE, "--maillage.publication.watch=200ms", "--maillage.import.batch-size=20",
                "--maillage.import.folder=" + imports, "--maillage.compare.warm-up="};
        // Started together: the schema, the first users and the leases' own constraint race.
        CompletableFuture<ForkedApp> first = CompletableFuture.supplyAsync(
                () -> ForkedApp.start("instance-a", server, temp.resolve("a"), PASSWORD, options));
        CompletableFuture<ForkedApp> second = CompletableFuture.supplyAsync(
                () -> ForkedApp.start("instance-b", server, temp.resolve("b"), PASSWORD, options));
        a = first.get(4, TimeUnit.MINUTES);
        b = second.get(4, TimeUnit.MINUTES);
    }

    @AfterAll
    static void stop() {
        for (ForkedApp app : new ForkedApp[] {a, b}) {
            if (app != null) {
                app.close();
            }
        }
        if (server != null) {
            server.discard();
        }
    }

    @Test
    void importFromOneInstanceIsReadByBothThenAKilledImportIsRolledBackByTheOther() throws Exception {
        assertThat(a.post("/api/imports?path=valid").statusCode()).isEqualTo(201);
        assertThat(territories(a)).contains("terr", "dep");
        assertThat(within(Duration.ofSeconds(10), () -> territories(b), ids -> ids.contains("terr")))
                .as("the other instance reads the version published by the first").contains("terr", "dep");

        List<String> before = territories(b);
        CompletableFuture<HttpResponse<String>> large = CompletableFuture.supplyAsync(() -> a.post("/api/imports?path=large"));
        JsonNode running = within(Duration.ofSeconds(60), () -> latestImport(b),
                i -> i != null && "en_cours".equals(i.get("status").asString()) && i.get("rowsDone").asLong() > 0);
        assertThat(large.isDone() ? large.join().body() : "en cours").as("the large import still writes").isEqualTo("en cours");
        String id = running.get("id").asString();
        assertThat(running.get("rowsTotal").asLong()).as("progress written for the other instances").isPositive();

        HttpResponse<String> refused = b.post("/api/imports?path=valid");
        assertThat(refused.statusCode()).isEqualTo(409);
        JsonNode busy = json.readTree(refused.body());
        assertThat(busy.get("running").asString()).isEqualTo(id);
        assertThat(busy.get("instance").asString()).as("the importing instance, by its process").contains("-" + a.pid() + "-");

        a.kill();
        assertThat(large).as("its request dies with it").failsWithin(Duration.ofSeconds(30));
        JsonNode rolledBack = within(Duration.ofSeconds(60), () -> json.readTree(b.get("/api/imports/" + id).body()),
                i -> !"en_cours".equals(i.get("status").asString()));
        assertThat(rolledBack.get("status").asString()).isEqualTo("echouee");
        assertThat(rolledBack.get("message").asString()).contains("interrompu");
        assertThat(territories(b)).as("nothing of the killed import").containsExactlyInAnyOrderElementsOf(before);
        assertThat(b.post("/api/imports?path=valid").statusCode()).as("the turn is free again").isEqualTo(201);
    }

    private static List<String> territories(ForkedApp app) {
        HttpResponse<String> answer = app.get("/api/territories");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return StreamSupport.stream(json.readTree(answer.body()).spliterator(), false).map(t -> t.get("id").asString())
                .toList();
    }

    private static JsonNode latestImport(ForkedApp app) {
        JsonNode history = json.readTree(app.get("/api/imports?limit=1").body());
        return history.isEmpty() ? null : history.get(0);
    }

    /** The first value {@code read} gives that {@code wanted} accepts, read again until {@code patience} ran out. */
    private static <T> T within(Duration patience, Supplier<T> read, Predicate<T> wanted)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        T value = read.get();
        while (!wanted.test(value) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            value = read.get();
        }
        return value;
    }
}
