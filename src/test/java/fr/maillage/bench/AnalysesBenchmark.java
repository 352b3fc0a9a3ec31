package fr.maillage.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import com.sun.management.OperatingSystemMXBean;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import fr.maillage.MaillageApplication;
import fr.maillage.analysis.orphans.Orphans;
import fr.maillage.analysis.overlaps.OverlapsResult;
import fr.maillage.analysis.overlaps.Overlaps;
import fr.maillage.analysis.partners.KeyPartner;
import fr.maillage.analysis.partners.KeyPartners;
import fr.maillage.api.Window;
import fr.maillage.db.EmbeddedDatabaseConfiguration.EmbeddedDatabase;
import fr.maillage.db.Graph;
import fr.maillage.demo.BundleGenerator;
import fr.maillage.demo.BundleSpec;
import fr.maillage.demo.BundleSpec.TerritorySize;
import fr.maillage.demo.GeneratedBundle;
import fr.maillage.imports.BundleImporter;
import fr.maillage.network.ArcReferral;
import fr.maillage.network.ExchangeLogs;
import fr.maillage.network.Link;
import fr.maillage.network.MetaNetwork;
import fr.maillage.network.MetaNetworks;
import fr.maillage.network.ReferralArc;
import fr.maillage.network.StructureNode;

/**
 * The analyses benchmark of {@code docs/benchmarks.md} ("Analyses"): not a test, it prints figures.
 *
 * <p>Generates (once) a synthetic country of 1 and of 10 territories of the benchmark's size with
 * the demo generator, imports each into its own embedded store under {@code target/bench-analyses/},
 * then times each analysis for territory {@code t01} in both, so the ratio 10x / 1x shows whether
 * the cost follows the territory or the country. Then key partners against networkx on the same
 * méta-réseau, exported as tab-separated files. Arguments: the folder to work in (default
 * {@code target/bench-analyses}), the country sizes (default {@code 1,10}), and optionally the size of
 * a territory as {@code structures,persons,referralsPerYear} (default the benchmark's 300,20000,100000).
 */
public final class AnalysesBenchmark {

    private static final long SEED = 2026;
    private static final LocalDate REFERENCE = LocalDate.of(2026, 6, 30);
    /** The last 12 months, the contract's default window, plus a margin so long stories start before it. */
    private static final int HISTORY_DAYS = 455;
    private static final Window WINDOW = new Window(REFERENCE.minusMonths(12).plusDays(1), REFERENCE);
    private static final String TERRITORY = "t01";
    private static final int WARM_UP = 2;
    private static final int RUNS = 11;
    private static final OperatingSystemMXBean PROCESS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private AnalysesBenchmark() {
    }

    public static void main(String[] args) {
        int status = 0;
        try {
            run(args);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        // The embedded database's threads would keep the JVM alive.
        System.exit(status);
    }

    private static void run(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "target/bench-analyses").toAbsolutePath();
        String sizes = args.length > 1 ? args[1] : "1,10";
        TerritorySize size = TerritorySize.BENCHMARK;
        if (args.length > 2) {
            String[] f = args[2].split(",");
            size = new TerritorySize(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]));
        }
        for (String territories : sizes.split(",")) {
            Map<String, Figures> figures = country(root, Integer.parseInt(territories), size);
            List<String> lines = new ArrayList<>();
            figures.forEach((analysis, f) -> lines.add(analysis + "\t" + f.medianMillis() + "\t" + f.medianCpuMillis()));
            write(root.resolve("figures-" + territories + ".tsv"), lines);
        }
        // The ratio of each country asked for to the largest (10 to 1 by default).
        String[] countries = sizes.split(",");
        String large = countries[countries.length - 1];
        for (String small : Arrays.copyOf(countries, countries.length - 1)) {
            Path one = root.resolve("figures-" + small + ".tsv");
            Path ten = root.resolve("figures-" + large + ".tsv");
            System.out.printf(Locale.ROOT, "%n== Territory %s, country of %s vs %s territories (medians) ==%n", TERRITORY,
                    large, small);
            List<String> ones = Files.readAllLines(one);
            List<String> tens = Files.readAllLines(ten);
            for (int i = 0; i < ones.size(); i++) {
                String[] a = ones.get(i).split("\t");
                String[] b = tens.get(i).split("\t");
                double wallRatio = Double.parseDouble(b[1]) / Double.parseDouble(a[1]);
                double cpuRatio = Double.parseDouble(b[2]) / Double.parseDouble(a[2]);
                System.out.printf(Locale.ROOT, "%-14s wall %sx %8.1f ms  %sx %8.1f ms  ratio %.2f   |   CPU %sx %8.1f ms  "
                                + "%sx %8.1f ms  ratio %.2f%n", a[0], small, Double.parseDouble(a[1]), large,
                        Double.parseDouble(b[1]), wallRatio, small, Double.parseDouble(a[2]), large,
                        Double.parseDouble(b[2]), cpuRatio);
            }
        }
    }

    /**
     * Median and best latency of the timed runs, median CPU time of the whole process during a run
     * (the machine is shared: CPU time is what load does not inflate), peak heap, the answer's size.
     */
    record Figures(double medianMillis, double bestMillis, double medianCpuMillis, long peakHeapMiB, int size) {
    }

    /** The app on {@code store}, without web server, answer cache nor background building of the logs. */
    static ConfigurableApplicationContext app(Path store, long pageCacheBytes) {
        return app(store, pageCacheBytes, 0);
    }

    /** The same, keeping up to {@code indicatorRows} rows of indicators between calls (comparisons served ready). */
    static ConfigurableApplicationContext app(Path store, long pageCacheBytes, int indicatorRows) {
        return new SpringApplicationBuilder(MaillageApplication.class)
                .web(WebApplicationType.NONE)
                .run("--maillage.data-dir=" + store, "--maillage.demo=false",
                        "--maillage.page-cache-bytes=" + pageCacheBytes, "--logging.level.root=WARN",
                        // The logs are built here, timed, rather than by the background thread during the runs.
                        "--maillage.exchange-logs.keep-up=false",
                        // Each run computes its answer: shared answers would time a map lookup.
                        "--maillage.cache.max-answers=0", "--maillage.cache.max-indicator-rows=" + indicatorRows,
                        "--maillage.compare.warm-up=");
    }

    /** Closes the app and its embedded database, which outlives its context (the app closes it from a shutdown hook). */
    static void close(ConfigurableApplicationContext app) {
        EmbeddedDatabase database = app.getBean(EmbeddedDatabase.class);
        app.close();
        database.close();
    }

    private static Map<String, Figures> country(Path root, int territories, TerritorySize size) throws Exception {
        Path store = root.resolve("country-" + territories);
        boolean imported = Files.exists(store.resolve("imported.txt"));
        ConfigurableApplicationContext app = app(store, 1L << 30);
        try {
            System.out.printf(Locale.ROOT, "%n== Country of %d territories (store %s) ==%n", territories, store);
            if (!imported) {
                generateAndImport(app.getBean(BundleImporter.class), root, store, territories, size);
            }
            System.out.print(Files.readString(store.resolve("imported.txt")));

            MetaNetworks metaNetworks = app.getBean(MetaNetworks.class);
            KeyPartners keyPartners = app.getBean(KeyPartners.class);
            Orphans orphans = app.getBean(Orphans.class);
            Overlaps overlaps = app.getBean(Overlaps.class);
            ExchangeLogs exchangeLogs = app.getBean(ExchangeLogs.class);
            Graph graph = app.getBean(Graph.class);
            Runnable dropLogs = () -> graph.write("bench/drop-exchange-logs.cypher", Map.of());

            // What an import leaves behind: the country's logs built by the background thread, and
            // until then the méta-réseaux asked for build (and keep) the logs they need.
            dropLogs.run();
            long cpuStarted = PROCESS.getProcessCpuTime();
            long started = System.nanoTime();
            int logs = exchangeLogs.keepUpNow();
            System.out.printf(Locale.ROOT, "exchange logs of the whole country: %d territories in %.0f ms (CPU %.0f ms)%n",
                    logs, (System.nanoTime() - started) / 1e6, (PROCESS.getProcessCpuTime() - cpuStarted) / 1e6);

            Map<String, Figures> figures = new LinkedHashMap<>();
            figures.put("orphans", time("orphans", () -> orphans.of(TERRITORY, REFERENCE), List::size));
            figures.put("overlaps", time("overlaps", () -> overlaps.of(TERRITORY, WINDOW),
                    (OverlapsResult r) -> r.persons().size() + r.structures().size()));
            figures.put("key partners", time("key partners", () -> keyPartners.of(TERRITORY, WINDOW), List::size));
            figures.put("network", time("network", () -> metaNetworks.project(TERRITORY, WINDOW),
                    (MetaNetwork n) -> n.nodes().size()));

            MetaNetwork network = metaNetworks.project(TERRITORY, WINDOW);
            System.out.printf(Locale.ROOT, "méta-réseau of %s over %s..%s: %d nodes (%d in the ecology), %d links, "
                            + "%d referrals between structures, %d structure-person-structure shares%n",
                    TERRITORY, WINDOW.from(), WINDOW.to(), network.nodes().size(),
                    network.nodes().stream().filter(StructureNode::inEcology).count(), network.links().size(),
                    network.links().stream().mapToLong(Link::referrals).sum(),
                    network.links().stream().mapToLong(Link::sharedPersons).sum());
            double networkx = againstNetworkx(root.resolve("networkx-" + territories), network, keyPartners);

            // Last, as it leaves much garbage behind: the first méta-réseau asked for after an
            // import, before the background thread has built the logs.
            Figures cold = time("key partners, logs not built yet", dropLogs,
                    () -> keyPartners.of(TERRITORY, WINDOW), List::size);
            System.out.printf(Locale.ROOT, "speed-up (a') networkx process / Maillage from the database with the logs "
                    + "not built yet (first méta-réseau after an import): wall %.1fx%n", networkx / cold.medianMillis());
            exchangeLogs.keepUpNow();
            return figures;
        } finally {
            close(app);
        }
    }

    private static void generateAndImport(BundleImporter importer, Path root, Path store, int territories,
                                          TerritorySize size) throws Exception {
        BundleSpec country = BundleSpec.country(SEED, REFERENCE, territories, size);
        BundleSpec spec = new BundleSpec(country.seed(), country.referenceDate(), HISTORY_DAYS, country.regions());
        Path bundle = root.resolve("bundle-" + territories);
        long started = System.nanoTime();
        GeneratedBundle generated = BundleGenerator.generate(spec, bundle);
        long generatedAt = System.nanoTime();
        importer.importBundle(bundle);
        long importedAt = System.nanoTime();
        String summary = String.format(Locale.ROOT,
                "generated in %.0f s and imported in %.0f s (%d days of history, seed %d): %s%n",
                (generatedAt - started) / 1e9, (importedAt - generatedAt) / 1e9, HISTORY_DAYS, SEED, generated.rows());
        Files.writeString(store.resolve("imported.txt"), summary);
        try (Stream<Path> files = Files.walk(bundle)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static <T> Figures time(String name, Callable<T> analysis, ToIntFunction<T> size) throws Exception {
        return time(name, () -> { }, analysis, size, RUNS);
    }

    private static <T> Figures time(String name, Runnable before, Callable<T> analysis, ToIntFunction<T> size)
            throws Exception {
        return time(name, before, analysis, size, RUNS);
    }

    /** Times {@code runs} runs of {@code analysis}, each (warm-ups included) after {@code before}, which is not timed. */
    static <T> Figures time(String name, Runnable before, Callable<T> analysis, ToIntFunction<T> size, int runs)
            throws Exception {
        return time(name, before, analysis, size, WARM_UP, runs);
    }

    /** As {@link #time(String, Runnable, Callable, ToIntFunction, int)} after {@code warmUps} untimed runs. */
    static <T> Figures time(String name, Runnable before, Callable<T> analysis, ToIntFunction<T> size, int warmUps,
                            int runs) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            before.run();
            analysis.call();
        }
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        double[] millis = new double[runs];
        double[] cpu = new double[runs];
        T answer = null;
        for (int i = 0; i < runs; i++) {
            before.run();
            // Each run starts on a collected heap: the garbage of the run before (or of another
            // analysis) is not collected, concurrently, during this one.
            System.gc();
            long cpuStarted = PROCESS.getProcessCpuTime();
            long started = System.nanoTime();
            answer = analysis.call();
            millis[i] = (System.nanoTime() - started) / 1e6;
            cpu[i] = (PROCESS.getProcessCpuTime() - cpuStarted) / 1e6;
        }
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
        Arrays.sort(millis);
        Arrays.sort(cpu);
        Figures figures = new Figures(millis[runs / 2], millis[0], cpu[runs / 2], peak, size.applyAsInt(answer));
        System.out.printf(Locale.ROOT, "%-14s median %8.1f ms  best %8.1f ms  CPU %8.1f ms  (%d runs after %d warm-up)  "
                        + "peak heap %5d MiB  answer size %d%n", name, figures.medianMillis(), figures.bestMillis(),
                figures.medianCpuMillis(), runs, warmUps, figures.peakHeapMiB(), figures.size());
        return figures;
    }

    /**
     * Key partners of the same méta-réseau by Maillage and by networkx ({@code key_partners_networkx.py},
     * Debian's {@code /usr/bin/python3}), both end to end, and how far their figures are apart.
     */
    /** @return networkx's median wall time, process end to end */
    private static double againstNetworkx(Path folder, MetaNetwork network, KeyPartners keyPartners)
            throws Exception {
        Files.createDirectories(folder);
        write(folder.resolve("nodes.tsv"), network.nodes().stream().map(n -> n.id() + "\t" + n.sector()).toList());
        write(folder.resolve("links.tsv"), network.links().stream()
                .map(l -> l.source() + "\t" + l.target() + "\t" + l.weight()).toList());
        List<String> referrals = new ArrayList<>();
        for (ReferralArc arc : network.arcs()) {
            for (ArcReferral r : arc.referrals()) {
                referrals.add(arc.source() + "\t" + arc.target() + "\t" + r.date().toString().substring(0, 7));
            }
        }
        write(folder.resolve("referrals.tsv"), referrals);
        Path script = folder.resolve("key_partners_networkx.py");
        try (var in = AnalysesBenchmark.class.getResourceAsStream("/bench/key_partners_networkx.py")) {
            Files.write(script, in.readAllBytes());
        }

        Figures endToEnd = time("key partners (database to answer)", () -> keyPartners.of(TERRITORY, WINDOW), List::size);
        Figures measuresOnly = time("key partners (measures only)", () -> KeyPartners.of(network), List::size);
        Figures fromFiles = time("key partners (read the files, measures)", () -> KeyPartners.of(readExported(folder)),
                List::size);
        List<KeyPartner> ours = KeyPartners.of(network);

        double[] python = new double[5];
        double[] pythonCpu = new double[python.length];
        double[] pythonReadMeasures = new double[python.length];
        String printed = "";
        for (int i = 0; i < python.length; i++) {
            long started = System.nanoTime();
            Process process = new ProcessBuilder("/usr/bin/python3", script.toString(), folder.toString())
                    .redirectErrorStream(true).start();
            printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("networkx a échoué : " + printed);
            }
            python[i] = (System.nanoTime() - started) / 1e6;
            pythonCpu[i] = printedFigure(printed, "cpu_ms=");
            pythonReadMeasures[i] = printedFigure(printed, "read_measures_ms=");
        }
        Arrays.sort(python);
        Arrays.sort(pythonCpu);
        Arrays.sort(pythonReadMeasures);
        int median = python.length / 2;
        System.out.printf(Locale.ROOT, "%-14s median %8.1f ms  best %8.1f ms  (%d runs, process wall time); reading and "
                        + "measuring inside the script: median %.1f ms, best %.1f ms; last run: %s%n", "networkx",
                python[median], python[0], python.length, pythonReadMeasures[median], pythonReadMeasures[0], printed);
        System.out.printf(Locale.ROOT, "speed-up (a) end to end, networkx process / Maillage from the database: wall "
                        + "%.1fx, CPU %.1fx%n", python[median] / endToEnd.medianMillis(),
                pythonCpu[median] / endToEnd.medianCpuMillis());
        System.out.printf(Locale.ROOT, "speed-up (b) same files, networkx reading and measuring / Maillage reading and "
                        + "measuring in a warm JVM: wall %.1fx (best against best %.1fx)%n",
                pythonReadMeasures[median] / fromFiles.medianMillis(), pythonReadMeasures[0] / fromFiles.bestMillis());
        System.out.printf(Locale.ROOT, "for reference, networkx process / Maillage measures only on the projected graph: "
                + "wall %.1fx%n", python[median] / measuresOnly.medianMillis());
        compare(ours, Files.readAllLines(folder.resolve("networkx.tsv")));
        return python[median];
    }

    private static double printedFigure(String printed, String key) {
        int at = printed.lastIndexOf(key) + key.length();
        int end = printed.indexOf(' ', at);
        return Double.parseDouble(end < 0 ? printed.substring(at) : printed.substring(at, end));
    }

    /**
     * The méta-réseau read back from the files written for networkx, as networkx reads them: one
     * line per node (id, sector), per link (source, target, weight), per referral (sender,
     * receiver, month). The links file has the weight only: it stands for the referrals.
     */
    private static MetaNetwork readExported(Path folder) throws IOException {
        List<StructureNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("nodes.tsv"))) {
            int tab = line.indexOf('\t');
            nodes.add(new StructureNode(line.substring(0, tab), null, null, line.substring(tab + 1), List.of(), List.of(),
                    List.of(), null, null, null, null, null, null, null, List.of(), null, true, null));
        }
        List<Link> links = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("links.tsv"))) {
            int first = line.indexOf('\t');
            int second = line.indexOf('\t', first + 1);
            links.add(new Link(line.substring(0, first), line.substring(first + 1, second),
                    Long.parseLong(line, second + 1, line.length(), 10), 0, List.of(), List.of()));
        }
        Map<String, List<ArcReferral>> arcs = new TreeMap<>();
        for (String line : Files.readAllLines(folder.resolve("referrals.tsv"))) {
            int month = line.lastIndexOf('\t');
            arcs.computeIfAbsent(line.substring(0, month), k -> new ArrayList<>()).add(new ArcReferral(
                    LocalDate.of(Integer.parseInt(line, month + 1, month + 5, 10),
                            Integer.parseInt(line, month + 6, month + 8, 10), 1), null, null));
        }
        return MetaNetwork.of(TERRITORY, WINDOW, nodes, links, arcs.entrySet().stream().map(e -> {
            int tab = e.getKey().indexOf('\t');
            return new ReferralArc(e.getKey().substring(0, tab), e.getKey().substring(tab + 1), e.getValue());
        }).toList(), List.of());
    }

    /** Largest differences between the two answers, and whether the rankings agree. */
    private static void compare(List<KeyPartner> ours, List<String> theirs) {
        Map<String, KeyPartner> byId = new LinkedHashMap<>();
        ours.forEach(p -> byId.put(p.structureId(), p));
        double betweenness = 0;
        double pagerank = 0;
        double crossSector = 0;
        int integerMismatches = 0;
        int rankMismatches = 0;
        for (int i = 0; i < theirs.size(); i++) {
            String[] f = theirs.get(i).split("\t");
            KeyPartner p = byId.get(f[0]);
            betweenness = Math.max(betweenness, Math.abs(p.betweenness() - Double.parseDouble(f[3])));
            pagerank = Math.max(pagerank, Math.abs(p.pagerank() - Double.parseDouble(f[4])));
            crossSector = Math.max(crossSector, Math.abs(p.crossSectorShare() - Double.parseDouble(f[6])));
            long[] expected = {Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[7]), Long.parseLong(f[8]),
                    Long.parseLong(f[9]), Long.parseLong(f[10]), Long.parseLong(f[11]), Long.parseLong(f[12])};
            long[] actual = {p.degree(), p.weightedDegree(), p.brokerage().coordinator(), p.brokerage().itinerant(),
                    p.brokerage().gatekeeper(), p.brokerage().representative(), p.brokerage().liaison(), p.regularity()};
            if (!Arrays.equals(expected, actual) || p.articulationPoint() != Boolean.parseBoolean(f[5].toLowerCase())) {
                integerMismatches++;
            }
            if (!ours.get(i).structureId().equals(f[0])) {
                rankMismatches++;
            }
        }
        System.out.printf(Locale.ROOT, "agreement with networkx on %d structures: max |Δ betweenness| %.2e, "
                        + "max |Δ pagerank| %.2e, max |Δ crossSectorShare| %.2e, rows with another degree, weighted "
                        + "degree, articulation, brokerage or regularity: %d, ranks that differ: %d%n",
                theirs.size(), betweenness, pagerank, crossSector, integerMismatches, rankMismatches);
    }

    private static void write(Path file, List<String> lines) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            lines.forEach(out::println);
        }
    }
}
