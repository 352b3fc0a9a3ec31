package fr.maillage.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import fr.maillage.MaillageApplication;
import fr.maillage.TestGraph;
import fr.maillage.db.EmbeddedDatabaseConfiguration.EmbeddedDatabase;
import fr.maillage.demo.BundleSpec.TerritorySize;
import fr.maillage.imports.BundleImporter;

/**
 * The app stopped and started again on the same data folder, as a user does: each test starts
 * its own apps (not the shared test context), one after the other on one embedded store.
 */
public class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void firstStartOnAnEmptyDatabaseLoadsTheDemoAndASecondStartDoesNotReloadIt() {
        Snapshot first;
        try (App app = start(WebApplicationType.SERVLET)) {
            first = Snapshot.of(app.driver());
        }
        assertThat(first.territories()).contains("bourgogne-franche-comte", "nievre", "agglo-nevers", "morvan");
        assertThat(first.imports()).isEqualTo(1);
        assertThat(first.persons()).isGreaterThan(2000);

        try (App app = start(WebApplicationType.SERVLET)) {
            assertThat(Snapshot.of(app.driver())).isEqualTo(first);
        }
    }

    @Test
    void importedDataSurviveAnAppRestartAndTheCommandLineAppNeverLoadsTheDemo(@TempDir Path bundleDir)
            throws IOException {
        Snapshot imported;
        // The command-line import runs the app without a web server: the demo must stay out.
        try (App app = start(WebApplicationType.NONE)) {
            Driver driver = app.driver();
            assertThat(Snapshot.of(driver).territories()).isEmpty();
            GeneratedBundle bundle = BundleGenerator.generate(BundleSpec.country(5, LocalDate.of(2026, 11, 25), 1,
                    new TerritorySize(40, 150, 600)), bundleDir);
            app.context().getBean(BundleImporter.class).importBundle(bundle.folder());
            imported = Snapshot.of(driver);
            assertThat(imported.persons()).isEqualTo(150);
        }

        try (App app = start(WebApplicationType.SERVLET, "--maillage.demo=false")) {
            assertThat(Snapshot.of(app.driver())).isEqualTo(imported);
        }
    }

    private App start(WebApplicationType type, String... more) {
        List<String> args = new ArrayList<>(List.of("--maillage.data-dir=" + dataDir, "--server.port=0",
                "--maillage.page-cache-bytes=67108864",
                "--maillage.bolt.enabled=true"));
        args.addAll(List.of(more));
        return new App(new SpringApplicationBuilder(MaillageApplication.class).web(type).run(args.toArray(String[]::new)));
    }

    /**
     * A running app. Stopping it also stops its embedded database, as the JVM's exit does for a
     * real process: closing the Spring context alone leaves the store locked.
     */
    public record App(ConfigurableApplicationContext context) implements AutoCloseable {
        public Driver driver() {
            return context.getBean(Driver.class);
        }

        @Override
        public void close() {
            EmbeddedDatabase database = context.getBean(EmbeddedDatabase.class);
            context.close();
            database.close();
        }
    }

    /** What a restart must keep: every node and relationship, and a few contents. */
    record Snapshot(long nodes, long relationships, List<String> territories, long persons, long imports,
                    List<Object> referralDates) {

        static Snapshot of(Driver driver) {
            long[] counts = TestGraph.counts(driver);
            try (Session session = driver.session()) {
                List<String> territories = session.run("MATCH (t:Territory) RETURN t.id AS id ORDER BY id")
                        .list(r -> r.get("id").asString());
                long persons = session.run("MATCH (p:Person) RETURN count(p) AS c").single().get("c").asLong();
                long imports = session.run("MATCH (i:Import) RETURN count(i) AS c").single().get("c").asLong();
                List<Object> dates = session.run("MATCH (r:Referral) RETURN min(r.date) AS first, max(r.date) AS last, "
                        + "count(DISTINCT r.status) AS statuses", Map.of()).single().values().stream()
                        .map(v -> (Object) v.asObject()).toList();
                return new Snapshot(counts[0], counts[1], territories, persons, imports, dates);
            }
        }
    }
}
