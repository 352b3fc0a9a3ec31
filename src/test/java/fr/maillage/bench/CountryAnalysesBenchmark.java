package fr.maillage.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;

import fr.maillage.analysis.orphans.Orphans;
import fr.maillage.analysis.overlaps.OverlapsResult;
import fr.maillage.analysis.overlaps.Overlaps;
import fr.maillage.analysis.partners.KeyPartners;
import fr.maillage.api.Window;
import fr.maillage.bench.AnalysesBenchmark.Figures;
import fr.maillage.db.Graph;
import fr.maillage.demo.BundleGenerator;
import fr.maillage.demo.BundleSpec;
import fr.maillage.demo.GeneratedBundle;
import fr.maillage.imports.BundleImporter;
import fr.maillage.network.ExchangeLogs;
import fr.maillage.network.Fold;
import fr.maillage.network.MetaNetwork;
import fr.maillage.network.MetaNetworks;
import fr.maillage.person.Parcours;
import fr.maillage.report.Comparisons;
import fr.maillage.report.ReportRenderer;
import fr.maillage.report.StrategicReports;

/**
 * The analyses of one territory as the synthetic France grows (issue 16, item 3): not a test, it
 * prints figures. For each scale asked for (default {@code 0.1,1}) the synthetic France of the
 * import benchmark ({@link BundleSpec#france}, seed 2026, 2026-11-25) is imported once into
 * {@code <root>/france-<scale>} (a store already there is reused: the import benchmark's own at
 * scale 1 may be moved in place), then orphans, overlaps, key partners, the méta-réseau, a
 * person's parcours and the PDF report of the same DAC territory are timed in each store, and
 * then, in an app of its own per store, {@code /api/compare}'s indicators of every département of
 * the store in one call, computed, then served from the rows kept. The
 * territory is the département whose structures are nearest 300 among those of the smallest
 * scale. Two rounds, the order of the stores reversed in the second, so neither store always
 * runs on a JVM the other has warmed.
 *
 * <p>{@code java -Xmx8g -cp <test classpath> fr.maillage.bench.CountryAnalysesBenchmark [root] [0.1,1]}
 */
public final class CountryAnalysesBenchmark {

    private static final long SEED = 2026;
    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 25);
    private static final Window WINDOW = new Window(REFERENCE.minusMonths(12).plusDays(1), REFERENCE);
    private static final int TARGET_STRUCTURES = 300;
    private static final int RUNS = 11;
    private static final int COMPARE_RUNS = 5;
    private static final int ROUNDS = 2;
    /** The store of scale 1 is about 8.5 GB; the territory's share of it fits in this page cache. */
    private static final long PAGE_CACHE = 2L << 30;

    private CountryAnalysesBenchmark() {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            run(args);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private static void run(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "target/bench-country").toAbsolutePath();
        List<Double> scales = new ArrayList<>();
        for (String scale : (args.length > 1 ? args[1] : "0.1,1").split(",")) {
            scales.add(Double.parseDouble(scale));
        }
        BundleSpec.TerritorySpec territory = territory(BundleSpec.france(SEED, REFERENCE,
                scales.stream().min(Double::compare).orElseThrow()));
        System.out.printf(Locale.ROOT, "Territoire mesuré : %s (%s), %d structures, %d personnes, %d orientations/an%n",
                territory.id(), territory.name(), territory.structures(), territory.persons(), territory.referralsPerYear());

        Map<Double, List<Map<String, Figures>>> rounds = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<Double> order = new ArrayList<>(scales);
            if (round % 2 == 1) {
                order.sort(Comparator.reverseOrder());
            }
            for (double scale : order) {
                rounds.computeIfAbsent(scale, s -> new ArrayList<>())
                        .add(measure(root, scale, territory.id(), round == 0));
            }
        }
        for (double scale : scales) {
            compareAll(root, scale);
        }
        double small = scales.get(0);
        for (double large : scales.subList(1, scales.size())) {
            System.out.printf(Locale.ROOT, "%n== %s, France à l'échelle %s contre %s (médiane de chaque tour, puis leur moyenne) ==%n",
                    territory.id(), large, small);
            for (String analysis : rounds.get(small).get(0).keySet()) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-28s", analysis));
                double smallSum = 0;
                double largeSum = 0;
                for (int round = 0; round < ROUNDS; round++) {
                    double a = rounds.get(small).get(round).get(analysis).medianMillis();
                    double b = rounds.get(large).get(round).get(analysis).medianMillis();
                    smallSum += a;
                    largeSum += b;
                    line.append(String.format(Locale.ROOT, "  tour %d : %9.1f / %9.1f ms = %.2f", round + 1, b, a, b / a));
                }
                line.append(String.format(Locale.ROOT, "   moyenne : %.2f", largeSum / smallSum));
                System.out.println(line);
            }
        }
    }

    /** Among the territories of the smallest scale, the one whose structures are nearest the target. */
    private static BundleSpec.TerritorySpec territory(BundleSpec france) {
        return france.departements().stream().flatMap(d -> d.territories().stream())
                .min(Comparator.comparingInt(t -> Math.abs(t.structures() - TARGET_STRUCTURES))).orElseThrow();
    }

    private static Map<String, Figures> measure(Path root, double scale, String territory, boolean first)
            throws Exception {
        Path store = root.resolve("france-" + scale);
        BundleSpec spec = BundleSpec.france(SEED, REFERENCE, scale);
        ConfigurableApplicationContext app = AnalysesBenchmark.app(store, PAGE_CACHE);
        try {
            System.out.printf(Locale.ROOT, "%n== France à l'échelle %s (base %s) ==%n", scale, store);
            if (!Files.exists(store.resolve("imported.txt"))) {
                generateAndImport(app.getBean(BundleImporter.class), root, store, spec);
            }
            System.out.print(Files.readString(store.resolve("imported.txt")));
            ExchangeLogs exchangeLogs = app.getBean(ExchangeLogs.class);
            if (first) {
                // What an import leaves the background thread to do, timed once per store.
                app.getBean(Graph.class).write("bench/drop-exchange-logs.cypher", Map.of());
                long started = System.nanoTime();
                int logs = exchangeLogs.keepUpNow();
                System.out.printf(Locale.ROOT, "journaux des échanges de tout le pays : %d territoires en %.1f s%n",
                        logs, (System.nanoTime() - started) / 1e9);
            } else {
                exchangeLogs.keepUpNow();
            }

            Orphans orphans = app.getBean(Orphans.class);
            Overlaps overlaps = app.getBean(Overlaps.class);
            KeyPartners keyPartners = app.getBean(KeyPartners.class);
            MetaNetworks metaNetworks = app.getBean(MetaNetworks.class);
            Parcours parcours = app.getBean(Parcours.class);
            StrategicReports reports = app.getBean(StrategicReports.class);
            ReportRenderer renderer = app.getBean(ReportRenderer.class);
            String person = app.getBean(Graph.class).read("bench/busiest-person.cypher", Map.of("territoryId", territory),
                    r -> r.get("id").asString()).get(0);

            Runnable nothing = () -> { };
            Map<String, Figures> figures = new LinkedHashMap<>();
            figures.put("orphelins", AnalysesBenchmark.time("orphelins", nothing, () -> orphans.of(territory, REFERENCE),
                    List::size, RUNS));
            figures.put("chevauchements", AnalysesBenchmark.time("chevauchements", nothing,
                    () -> overlaps.of(territory, WINDOW), (OverlapsResult r) -> r.persons().size() + r.structures().size(),
                    RUNS));
            figures.put("partenaires clés", AnalysesBenchmark.time("partenaires clés", nothing,
                    () -> keyPartners.of(territory, WINDOW), List::size, RUNS));
            figures.put("méta-réseau", AnalysesBenchmark.time("méta-réseau", nothing,
                    () -> metaNetworks.project(territory, WINDOW), (MetaNetwork n) -> n.nodes().size(), RUNS));
            figures.put("parcours", AnalysesBenchmark.time("parcours", nothing, () -> parcours.of(person),
                    p -> p.events().size(), RUNS));
            figures.put("rapport (PDF)", AnalysesBenchmark.time("rapport (PDF)", nothing,
                    () -> renderer.pdf(reports.of(territory, WINDOW, Fold.COORDINATION)), pdf -> pdf.length, RUNS));
            return figures;
        } finally {
            AnalysesBenchmark.close(app);
        }
    }

    /**
     * {@code /api/compare} over every département of the store in one call: its first call, which
     * computes every row ({@code maillage.compare.threads}, one per core), then the calls after,
     * served from the rows kept, as after the background preparation ({@code report.ComparisonWarmUp}).
     */
    private static void compareAll(Path root, double scale) throws Exception {
        Path store = root.resolve("france-" + scale);
        List<String> departements = BundleSpec.france(SEED, REFERENCE, scale).departements().stream()
                .map(d -> d.area().id()).toList();
        ConfigurableApplicationContext app = AnalysesBenchmark.app(store, PAGE_CACHE, departements.size());
        try {
            Comparisons comparisons = app.getBean(Comparisons.class);
            System.out.printf(Locale.ROOT, "%n== /api/compare des %d départements, France à l'échelle %s, %d cœurs ==%n",
                    departements.size(), scale, Runtime.getRuntime().availableProcessors());
            Figures first = AnalysesBenchmark.time("comparaison, premier appel", () -> { },
                    () -> comparisons.compare(departements, WINDOW, false), List::size, 0, 1);
            System.out.printf(Locale.ROOT, "soit %.0f ms par département%n", first.medianMillis() / departements.size());
            AnalysesBenchmark.time("comparaison, lignes prêtes", () -> { },
                    () -> comparisons.compare(departements, WINDOW, false), List::size, 0, COMPARE_RUNS);
        } finally {
            AnalysesBenchmark.close(app);
        }
    }

    private static void generateAndImport(BundleImporter importer, Path root, Path store, BundleSpec spec)
            throws Exception {
        Path bundle = root.resolve("bundle");
        long started = System.nanoTime();
        GeneratedBundle generated = BundleGenerator.generate(spec, bundle);
        long generatedAt = System.nanoTime();
        importer.importBundle(bundle);
        Files.writeString(store.resolve("imported.txt"), String.format(Locale.ROOT,
                "généré en %.0f s et importé en %.0f s (graine %d) : %d lignes %s%n", (generatedAt - started) / 1e9,
                (System.nanoTime() - generatedAt) / 1e9, SEED, generated.totalRows(), generated.rows()));
        org.springframework.util.FileSystemUtils.deleteRecursively(bundle);
    }
}
