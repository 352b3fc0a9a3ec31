package fr.maillage.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import fr.maillage.demo.BundleGenerator;
import fr.maillage.demo.BundleSpec;
import fr.maillage.demo.BundleSpec.TerritorySize;
import fr.maillage.demo.GeneratedBundle;

/**
 * The crash suite: a command-line import, in a JVM of its own, killed with {@code kill -9}
 * (SIGKILL) at several moments: a first import during validation and early in its writing, an
 * update late in its writing and during its publication; the app is then started again on the same data folder (a command-line run whose
 * bundle is refused, so that only the start-up's recovery writes). The store must then hold
 * exactly what it held before the import, or exactly what the import makes when left to end,
 * by the checksum of the rollback tests ({@link GraphContent}), and no mark, journal or staged
 * row of the import (they are nodes, so in the checksum).
 *
 * <p>At CI size the bundle has a little over 20,000 rows; {@code -Dcrash.scale=46} makes it 1,029,804
 * (docs/benchmarks.md, "Crash suite").
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashSuiteTest {

    private static final int SCALE = Integer.getInteger("crash.scale", 1);
    private static final Pattern PERCENT = Pattern.compile("lignes écrites \\((\\d+) %\\)");
    private static final String ROLLED_BACK = "interrompu par l'arrêt de son processus : ses lots écrits sont annulés";
    private static final String[] OPTIONS = {"--maillage.import.batch-size=1000"};

    @TempDir static Path temp;
    private Path bundle;
    private Path update;
    private Path refused;
    private Path empty;
    private Path base;
    private GraphContent nothing;
    private GraphContent first;
    private GraphContent updated;

    @BeforeAll
    void bundlesAndTheStatesBeforeAndAfter() throws Exception {
        GeneratedBundle generated = BundleGenerator.generate(BundleSpec.country(3, LocalDate.of(2026, 11, 25), 1,
                new TerritorySize(40 + 10 * SCALE, 2_000 * SCALE, 6_000 * SCALE)), temp.resolve("lot"));
        bundle = generated.folder();
        assertThat(generated.totalRows()).as("rows of the bundle").isGreaterThan(20_000L * SCALE);
        System.out.printf("Suite des pannes : lot de %d lignes%n", generated.totalRows());
        // The same bundle, each referral answered otherwise: every referral row updates an existing node.
        update = copy(bundle, temp.resolve("mise-a-jour"));
        Path referrals = update.resolve("referrals.csv");
        Files.writeString(referrals, Files.readString(referrals).replace(",acceptee,", ",refusee,"));
        refused = copy(BundleImportTest.VALID, temp.resolve("refuse"));
        BrokenBundleTest.edit(refused.resolve("referrals.csv"), "r1,2024-01-02,x1", "r1,2024-01-02,x9");

        empty = temp.resolve("vide");
        restart(empty);
        nothing = ForkedImport.content(empty);
        base = temp.resolve("base");
        assertThat(ForkedImport.run(base, bundle, OPTIONS).exitCode()).isZero();
        first = ForkedImport.content(base);
        Path whole = copy(base, temp.resolve("entier"));
        ForkedImport.Run run = ForkedImport.run(whole, update, OPTIONS);
        assertThat(run.exitCode()).as(run.output()).isZero();
        updated = ForkedImport.content(whole);
        assertThat(updated).as("the update changes the data").isNotEqualTo(first);
    }

    @Test
    void firstImportKilledDuringValidationLeavesTheStoreAsItWas() throws Exception {
        assertKilledThenRestarted(copy(empty, temp.resolve("validation")), bundle,
                line -> line.contains("validation du lot"), nothing, ROLLED_BACK);
    }

    @Test
    void firstImportKilledEarlyInItsWritingLeavesTheStoreAsItWas() throws Exception {
        assertKilledThenRestarted(copy(empty, temp.resolve("debut")), bundle, written(5, 30), nothing, ROLLED_BACK);
    }

    @Test
    void updateKilledLateInItsWritingLeavesTheStoreAsItWas() throws Exception {
        assertKilledThenRestarted(copy(base, temp.resolve("maj-fin")), update, written(75, 99), first, ROLLED_BACK);
    }

    @Test
    void updateKilledDuringItsPublicationIsPublishedWholeAtTheNextStart() throws Exception {
        assertKilledThenRestarted(copy(base, temp.resolve("maj-publication")), update,
                line -> line.contains(": publication, les lectures attendent"), updated,
                "interrompu pendant sa publication : publication achevée");
    }

    /** A progress line of the writing between {@code from} and {@code to} % of the rows. */
    private static Predicate<String> written(int from, int to) {
        return line -> {
            Matcher percent = PERCENT.matcher(line);
            return percent.find() && Integer.parseInt(percent.group(1)) >= from && Integer.parseInt(percent.group(1)) <= to;
        };
    }

    private void assertKilledThenRestarted(Path store, Path bundle, Predicate<String> moment, GraphContent expected,
                                           String recovery) throws Exception {
        Process dying = ForkedImport.start(store, bundle, OPTIONS);
        List<String> seen = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(dying.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                seen.add(line);
                if (moment.test(line)) {
                    dying.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(dying.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(dying.exitValue()).as("killed by SIGKILL at the moment asked for: " + String.join("\n", seen))
                .isEqualTo(137);

        ForkedImport.Run restarted = restart(store);

        assertThat(ForkedImport.content(store)).as(restarted.output()).isEqualTo(expected);
        assertThat(restarted.output()).contains(recovery).doesNotContain("Exception");
    }

    /** Starts the app on the store (its recovery runs), asked to import a bundle it refuses. */
    private ForkedImport.Run restart(Path store) throws IOException, InterruptedException {
        ForkedImport.Run run = ForkedImport.run(store, refused, OPTIONS);
        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        return run;
    }

    private static Path copy(Path folder, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(folder.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }
}
