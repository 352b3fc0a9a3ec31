package fr.maillage.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import fr.maillage.MaillageApplication;
import fr.maillage.SignedIn;
import fr.maillage.demo.BundleGenerator;
import fr.maillage.demo.BundleSpec;
import fr.maillage.demo.GeneratedBundle;
import fr.maillage.imports.BundleImporter;

/**
 * The load benchmark (not a test): {@code analysts} signed-in analysts ({@link LoadDriver}) on the
 * demo's territories for {@code seconds}, once on the app alone, then on a fresh app while an
 * import of a synthetic country of at least a million rows runs; the same import is also timed
 * alone, so the table gives its slowdown under load. A first app on its own folder takes 30 s of
 * the same load, unmeasured, for the JIT. Prints the tables docs/benchmarks.md shows.
 *
 * <p>Arguments: work folder, analysts (50), seconds (120), territories of the imported country (4),
 * answers kept ({@code maillage.cache.max-answers}, 64; 0 shares nothing).
 */
public final class LoadBenchmark {

    private static final Duration WARM_UP = Duration.ofSeconds(30);

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench-load").toAbsolutePath();
        int analysts = Integer.parseInt(args.length > 1 ? args[1] : "50");
        Duration duration = Duration.ofSeconds(Long.parseLong(args.length > 2 ? args[2] : "120"));
        int territories = Integer.parseInt(args.length > 3 ? args[3] : "4");
        String maxAnswers = args.length > 4 ? args[4] : "64";
        FileSystemUtils.deleteRecursively(work);
        Files.createDirectories(work);
        Path bundle = work.resolve("bundle");
        GeneratedBundle generated = BundleGenerator.generate(BundleSpec.country(2026, LocalDate.of(2026, 11, 25),
                territories, BundleSpec.TerritorySize.BENCHMARK), bundle);
        long rows = generated.totalRows();
        System.out.printf(Locale.ROOT, "Lot généré : %d lignes%n", rows);

        LocalDate today = LocalDate.now();
        List<LoadDriver.Ask> asks = LoadDriver.asks(List.of("agglo-nevers", "morvan"), List.of(
                "from=" + today.minusYears(1).plusDays(1) + "&to=" + today,
                "from=" + today.minusMonths(6).plusDays(1) + "&to=" + today));
        // The driver and the app share this JVM: a throwaway app takes the JIT's warm-up, so that both
        // measured apps start alike, code compiled and shared answers empty.
        try (ConfigurableApplicationContext app = start(work.resolve("warm-up"), maxAnswers)) {
            driver(app).run(analysts, WARM_UP, asks);
        }
        try (ConfigurableApplicationContext app = start(work.resolve("alone"), maxAnswers)) {
            LoadDriver.Result load = driver(app).run(analysts, duration, asks);
            System.out.printf(Locale.ROOT, "%nCharge seule : %d analystes, %d s%n%s", analysts, duration.toSeconds(), load.table());
            failures(load);
            long started = System.nanoTime();
            app.getBean(BundleImporter.class).importBundle(bundle);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "%nImport seul : %d lignes en %.1f s, %.0f lignes/s%n", rows, seconds, rows / seconds);
        }
        try (ConfigurableApplicationContext app = start(work.resolve("under-import"), maxAnswers)) {
            long started = System.nanoTime();
            CompletableFuture<Double> importing = CompletableFuture.supplyAsync(() -> {
                app.getBean(BundleImporter.class).importBundle(bundle);
                return (System.nanoTime() - started) / 1e9;
            });
            LoadDriver.Result load = driver(app).run(analysts, duration, asks);
            double loadEnded = (System.nanoTime() - started) / 1e9;
            double seconds = importing.join();
            System.out.printf(Locale.ROOT, "%nCharge pendant l'import : %d analystes, %d s (import %s la charge)%n%s",
                    analysts, duration.toSeconds(), seconds >= loadEnded ? "pendant toute" : "fini avant la fin de",
                    load.table());
            failures(load);
            System.out.printf(Locale.ROOT, "Import sous charge : %d lignes en %.1f s, %.0f lignes/s%n", rows, seconds, rows / seconds);
        }
        System.exit(0);
    }

    /** The app on a fresh data folder with the demo, on a free port. */
    private static ConfigurableApplicationContext start(Path data, String maxAnswers) {
        return new SpringApplicationBuilder(MaillageApplication.class).run("--server.port=0",
                "--maillage.data-dir=" + data, "--maillage.demo=true", "--maillage.admin-password=" + SignedIn.ADMIN_PASSWORD,
                "--maillage.cache.max-answers=" + maxAnswers, "--logging.level.root=WARN");
    }

    private static LoadDriver driver(ConfigurableApplicationContext app) {
        return new LoadDriver(URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port")),
                SignedIn.ADMIN, SignedIn.ADMIN_PASSWORD);
    }

    private static void failures(LoadDriver.Result load) {
        load.failures().stream().distinct().limit(10).forEach(f -> System.out.println("  échec : " + f));
    }
}
