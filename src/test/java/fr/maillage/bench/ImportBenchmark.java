package fr.maillage.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.util.FileSystemUtils;

import fr.maillage.demo.BundleGenerator;
import fr.maillage.demo.BundleSpec;
import fr.maillage.demo.GeneratedBundle;

/**
 * The import benchmark (not a test): generates a synthetic country of at least a million rows,
 * then imports the same bundle three ways, each in its own JVM (same heap cap) so its memory
 * is its own: Maillage's validated all-or-nothing import on a fresh embedded store, a plain
 * {@code LOAD CSV} + {@code MERGE} script, and {@code neo4j-admin database import full}.
 * Prints rows/s, wall and CPU time and peak heap and RSS for each run, as a Markdown table, then
 * each contender's median over the rounds.
 *
 * <p>{@code mvn -B -Pbench -DskipTests test [-Dbench.territories=4] [-Dbench.heap=6g]
 * [-Dbench.dir=target/bench] [-Dbench.rounds=3] [-Dbench.contenders=maillage,load-csv,neo4j-admin]
 * [-Dbench.country-scale=S] [-Dbench.timeout-minutes=60]}: the work folder is emptied first; {@code maillage-server} is
 * Maillage's import on a Neo4j server process, through Bolt. With {@code bench.country-scale} the
 * bundle is the synthetic France at that scale ({@link BundleSpec#france}) instead of
 * {@code bench.territories} territories of the benchmark's size. The last Maillage store is left in
 * {@code <dir>/maillage/data} for {@link AnalysesBenchmark}. A contender still running after
 * {@code bench.timeout-minutes} is stopped and reported as given up, as the issue allows for
 * {@code LOAD CSV} at country scale.
 */
public final class ImportBenchmark {

    /** The app's default page cache, enough for the territories' bundles. */
    private static final long SMALL_PAGE_CACHE = 512L << 20;

    /**
     * At country scale every contender gets 6 GiB off the heap (page cache, or neo4j-admin's
     * off-heap memory): most of the store of scale 1 (about 8.5 GB), beside an 8 GiB heap, on a
     * machine of 24 GiB.
     */
    private static final long COUNTRY_PAGE_CACHE = 6L << 30;

    /**
     * The collector of the embedded import's JVM ({@code bench.maillage-gc}): the parallel one,
     * as the README's command line for a large bundle has it, measured a sixth faster than G1 on
     * the scale-0.2 bundle (docs/benchmarks.md, 2026-12-06).
     */
    private static final String MAILLAGE_GC = System.getProperty("bench.maillage-gc", "-XX:+UseParallelGC");

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench").toAbsolutePath();
        int territories = Integer.parseInt(args.length > 1 ? args[1] : "4");
        String heap = args.length > 2 ? args[2] : "6g";
        int rounds = Integer.parseInt(args.length > 3 ? args[3] : "3");
        List<String> contenders = List.of((args.length > 4 ? args[4] : "maillage,load-csv,neo4j-admin").split(","));
        Duration timeout = Duration.ofMinutes(Long.parseLong(args.length > 5 ? args[5] : "60"));
        // Last, since Maven drops an empty argument.
        String countryScale = args.length > 6 ? args[6].trim() : "";
        Path bundle = work.resolve("bundle");
        FileSystemUtils.deleteRecursively(work);
        Files.createDirectories(work);

        long started = System.nanoTime();
        LocalDate date = LocalDate.of(2026, 11, 25);
        BundleSpec spec = countryScale.isEmpty()
                ? BundleSpec.country(2026, date, territories, BundleSpec.TerritorySize.BENCHMARK)
                : BundleSpec.france(2026, date, Double.parseDouble(countryScale));
        GeneratedBundle generated = BundleGenerator.generate(spec, bundle);
        long rows = generated.totalRows();
        System.out.printf(Locale.ROOT, "Lot généré : %d lignes (%s) en %.1f s %s%n", rows,
                countryScale.isEmpty() ? territories + " territoires" : "France à l'échelle " + countryScale,
                (System.nanoTime() - started) / 1e9, generated.rows());
        if (rows < 1_000_000) {
            throw new IllegalStateException("Le banc d'essai veut au moins 1 million de lignes : " + rows);
        }
        // The build machine is shared and its speed drifts: every contender runs `rounds` times,
        // the order rotating each round, and the table gives every run and each one's median.
        Map<String, List<String[]>> results = new LinkedHashMap<>();
        contenders.forEach(c -> results.put(c, new ArrayList<>()));
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < contenders.size(); k++) {
                String contender = contenders.get((k + round) % contenders.size());
                // The previous contender's store may still be on its way to the disk.
                new ProcessBuilder("sync").inheritIO().start().waitFor();
                System.out.println("Tour " + (round + 1) + ", charge avant " + contender + " : " + load());
                results.get(contender).add(run(contender, bundle, work.resolve(contender), heap,
                        countryScale.isEmpty() ? SMALL_PAGE_CACHE : COUNTRY_PAGE_CACHE, rows, timeout));
            }
        }
        System.out.println();
        System.out.println("| import | lignes | durée (s) | lignes/s | CPU (s) | tas max (Mo) | RSS max (Mo) | notes |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---|");
        results.values().forEach(runs -> runs.forEach(r -> System.out.println("| " + String.join(" | ", r) + " |")));
        System.out.println();
        System.out.println("Médianes sur " + rounds + " tours :");
        Map<String, Double> medians = new LinkedHashMap<>();
        results.forEach((contender, runs) -> {
            List<Double> rates = runs.stream().filter(r -> r[3].matches("\\d+")).map(r -> Double.parseDouble(r[3]))
                    .sorted().toList();
            if (!rates.isEmpty()) {
                medians.put(contender, rates.get(rates.size() / 2));
                System.out.printf(Locale.ROOT, "  %-12s %,.0f lignes/s (de %,.0f à %,.0f)%n", contender,
                        rates.get(rates.size() / 2), rates.get(0), rates.get(rates.size() - 1));
            }
        });
        if (medians.containsKey("maillage") && medians.containsKey("neo4j-admin")) {
            System.out.printf(Locale.ROOT, "maillage / neo4j-admin (médianes) : %.0f %%%n",
                    100 * medians.get("maillage") / medians.get("neo4j-admin"));
        }
        if (medians.containsKey("maillage") && medians.containsKey("maillage-server")) {
            System.out.printf(Locale.ROOT, "maillage-server / maillage (médianes) : %.0f %%%n",
                    100 * medians.get("maillage-server") / medians.get("maillage"));
        }
        System.out.println("Machine : " + Runtime.getRuntime().availableProcessors() + " cœurs, "
                + (Runtime.getRuntime().maxMemory() >> 20) + " Mo de tas pour ce lanceur ; charge : " + load());
    }

    private static String load() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    /** Runs one contender in a child JVM and reads back its last line: wall ms, peak heap, peak RSS, note. */
    private static String[] run(String contender, Path bundle, Path scratch, String heap, long pageCache, long rows,
                                Duration timeout) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-Dbench.page-cache-bytes=" + pageCache));
        if (contender.equals("maillage")) {
            command.add(MAILLAGE_GC);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ImportContender.class.getName(), contender,
                bundle.toString(), scratch.toString()));
        System.out.println("== " + contender + " ==");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        AtomicBoolean givenUp = new AtomicBoolean();
        Thread watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    givenUp.set(true);
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-timeout");
        watchdog.setDaemon(true);
        watchdog.start();
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(ImportContender.RESULT)) {
                    result = line.substring(ImportContender.RESULT.length());
                } else if (!line.contains(" DEBUG ")) {
                    System.out.println("   " + line);
                }
            }
        }
        int exit = process.waitFor();
        if (givenUp.get()) {
            return new String[] {contender, String.valueOf(rows), "> " + timeout.toSeconds(), "< " + rows / timeout.toSeconds(),
                    "-", "-", "-", "abandonné après " + timeout.toMinutes() + " min"};
        }
        if (exit != 0 || result == null) {
            return new String[] {contender, String.valueOf(rows), "-", "-", "-", "-", "-", "échec (code " + exit + ")"};
        }
        String[] parts = result.split("\t", 5);
        double seconds = Long.parseLong(parts[0]) / 1000.0;
        return new String[] {contender, String.valueOf(rows), String.format(Locale.ROOT, "%.1f", seconds),
                String.format(Locale.ROOT, "%.0f", rows / seconds),
                String.format(Locale.ROOT, "%.1f", Long.parseLong(parts[1]) / 1000.0),
                String.valueOf(Long.parseLong(parts[2]) >> 20), String.valueOf(Long.parseLong(parts[3]) >> 20), parts[4]};
    }
}
