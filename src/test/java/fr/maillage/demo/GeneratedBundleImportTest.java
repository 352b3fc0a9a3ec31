package fr.maillage.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;

import fr.maillage.MaillageTest;
import fr.maillage.TestGraph;
import fr.maillage.demo.BundleSpec.TerritorySize;
import fr.maillage.imports.BundleImporter;
import fr.maillage.imports.ImportOutcome;

/** Generated bundles pass the importer's whole validation and land with the counts the generator wrote. */
@MaillageTest
class GeneratedBundleImportTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Autowired Driver driver;
    @Autowired BundleImporter importer;

    @BeforeEach
    void empty() {
        TestGraph.clear(driver);
    }

    @Test
    void demoBundleImportsWholeWithTheGeneratedCounts(@TempDir Path folder) throws IOException {
        GeneratedBundle bundle = BundleGenerator.generate(BundleSpec.demo(BundleSpec.DEMO_SEED, TODAY), folder);

        ImportOutcome outcome = importer.importBundle(folder);

        assertThat(outcome.counts()).isEqualTo(bundle.rows());
        assertThat(labelCount("Territory")).isEqualTo(bundle.rows().get("territories.csv"));
        assertThat(labelCount("Person")).isEqualTo(bundle.rows().get("persons.csv"));
        assertThat(labelCount("Referral")).isEqualTo(bundle.rows().get("referrals.csv"));
        assertThat(labelCount("Partnership")).isEqualTo(bundle.rows().get("partnerships.csv"));
    }

    @Test
    void countryBundleImportsWholeWithTheGeneratedCounts(@TempDir Path folder) throws IOException {
        GeneratedBundle bundle = BundleGenerator.generate(
                BundleSpec.country(11, TODAY, 2, new TerritorySize(60, 300, 1_500)), folder);

        ImportOutcome outcome = importer.importBundle(folder);

        assertThat(outcome.counts()).isEqualTo(bundle.rows());
        assertThat(labelCount("Structure")).isEqualTo(bundle.rows().get("structures.csv"));
        assertThat(labelCount("Involvement")).isEqualTo(bundle.rows().get("involvements.csv"));
    }

    private long labelCount(String label) {
        try (Session session = driver.session()) {
            // The label is one of this test's constants, never user input.
            return session.run("MATCH (n:" + label + ") RETURN count(n) AS c", Map.of()).single().get("c").asLong();
        }
    }
}
