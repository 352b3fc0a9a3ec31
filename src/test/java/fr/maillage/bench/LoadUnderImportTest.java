package fr.maillage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import fr.maillage.SignedIn;
import fr.maillage.demo.BundleGenerator;
import fr.maillage.demo.BundleSpec;
import fr.maillage.demo.BundleSpec.TerritorySize;
import fr.maillage.imports.BundleImporter;
import fr.maillage.imports.ImportOutcome;

/**
 * The load benchmark ({@link LoadBenchmark}) at CI size: a few signed-in analysts on every family
 * of requests while an update import of their territories runs get only whole, well-formed answers.
 * Latencies are not asserted here (the machine is shared); they are the benchmark's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"maillage.demo=false",
        "maillage.data-dir=target/test-db/${random.uuid}", "maillage.page-cache-bytes=67108864",
        "maillage.exchange-logs.keep-up=true", "maillage.admin-password=" + SignedIn.ADMIN_PASSWORD})
class LoadUnderImportTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 25);
    private static final TerritorySize SMALL = new TerritorySize(25, 300, 1_500);

    @LocalServerPort int port;
    @Autowired BundleImporter importer;

    @Test
    void analystsDuringAnImportGetOnlyWholeWellFormedAnswers() throws Exception {
        Path root = Path.of("target/load-under-import").toAbsolutePath();
        FileSystemUtils.deleteRecursively(root);
        BundleGenerator.generate(BundleSpec.country(1, REFERENCE, 2, SMALL), root.resolve("before"));
        BundleGenerator.generate(BundleSpec.country(2, REFERENCE, 2, SMALL), root.resolve("update"));
        importer.importBundle(root.resolve("before"));

        CompletableFuture<ImportOutcome> update = CompletableFuture.supplyAsync(() -> importer.importBundle(root.resolve("update")));
        LoadDriver.Result result = new LoadDriver(URI.create("http://127.0.0.1:" + port), SignedIn.ADMIN,
                SignedIn.ADMIN_PASSWORD).run(8, Duration.ofSeconds(10), LoadDriver.asks(List.of("t01", "t02"),
                List.of("from=2025-11-26&to=2026-11-25", "from=2026-05-01&to=2026-10-31")));
        update.join();

        assertThat(result.failures()).isEmpty();
        for (String family : List.of("page", "analyses", "exports", "compare", "report")) {
            assertThat(result.count(family)).as(family).isPositive();
        }
    }
}
