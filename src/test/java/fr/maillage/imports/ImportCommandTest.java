package fr.maillage.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * The command line import, run as the user runs it: in a JVM of its own (the test classpath),
 * on its own store. Also the import killed half-way ({@code kill -9}) after some of its batches
 * committed: once the app has started again (and rolled it back), its store must hold exactly
 * what it held before.
 */
class ImportCommandTest {

    @TempDir Path temp;

    @Test
    void commandLineImportsPrintsCountsOrLocatedProblemsAndAKilledImportLeavesTheStoreAsItWas() throws Exception {
        Path store = temp.resolve("store");

        ForkedImport.Run valid = ForkedImport.run(store, BundleImportTest.VALID);
        assertThat(valid.exitCode()).as(valid.output()).isZero();
        assertThat(valid.output()).contains("territories.csv : 4 ligne(s)", "partnerships.csv : 2 ligne(s)")
                .doesNotContain("Tomcat started");

        Path broken = copy(BundleImportTest.VALID, temp.resolve("broken"));
        BrokenBundleTest.edit(broken.resolve("referrals.csv"), "r1,2024-01-02,x1", "r1,2024-01-02,x9");
        ForkedImport.Run rejected = ForkedImport.run(store, broken);
        assertThat(rejected.exitCode()).as(rejected.output()).isEqualTo(1);
        assertThat(rejected.output()).contains("referrals.csv:2:person_id: référence inconnue : « x9 »");

        GraphContent before = ForkedImport.content(store);
        assertThat(before.nodes()).isEqualTo(24);

        Path big = SyntheticBundle.write(temp.resolve("big"), 5_000);
        Process dying = ForkedImport.start(store, big, "--maillage.import.batch-size=1000");
        List<String> seen = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(dying.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                seen.add(line);
                if (line.contains("lignes écrites")) {
                    dying.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(dying.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).as("l'import doit avoir commencé à écrire avant d'être tué")
                .anyMatch(line -> line.contains("lignes écrites"));
        assertThat(dying.exitValue()).as("tué par SIGKILL").isEqualTo(137);
        assertThat(ForkedImport.content(store).nodes()).as("des lots validés avant la mort du processus").isGreaterThan(before.nodes());

        ForkedImport.Run restarted = ForkedImport.run(store, broken);
        assertThat(restarted.output()).contains("ses lots écrits sont annulés");
        assertThat(ForkedImport.content(store)).isEqualTo(before);
    }

    private static Path copy(Path folder, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }
}
