package fr.maillage.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import fr.maillage.MaillageTest;
import fr.maillage.TestGraph;
import fr.maillage.demo.BundleGenerator;
import fr.maillage.demo.BundleSpec;

/**
 * A first import written through the embedded Java API ({@link DirectCreation}) gives, label by
 * label, property by property and relationship by relationship, the graph the Cypher write files
 * give (what a Neo4j server runs); re-importing then updates it through those files as usual.
 */
@MaillageTest
class DirectCreationTest {

    @Autowired Driver driver;
    @Autowired BundleImporter importer;

    @Test
    void firstImportThroughTheJavaApiGivesTheGraphOfTheCypherFiles() {
        assertSameGraphBothWays(BundleImportTest.VALID);
    }

    @Test
    void generatedCountryThroughTheJavaApiGivesTheGraphOfTheCypherFiles(@TempDir Path folder) throws IOException {
        // Every column of every file, empty cells and lists included, in realistic proportions.
        BundleGenerator.generate(BundleSpec.country(5, LocalDate.of(2026, 11, 25), 1,
                new BundleSpec.TerritorySize(30, 150, 600)), folder);

        assertSameGraphBothWays(folder);
    }

    @Test
    void bundleReimportedOverADirectCreationChangesNothing() {
        TestGraph.clear(driver);
        importer(true).importBundle(BundleImportTest.VALID);
        GraphContent first = GraphContent.of(driver);

        importer(true).importBundle(BundleImportTest.VALID);

        assertThat(GraphContent.of(driver)).isEqualTo(first);
    }

    private void assertSameGraphBothWays(Path bundle) {
        TestGraph.clear(driver);
        importer(false).importBundle(bundle);
        GraphContent throughCypher = GraphContent.of(driver);
        TestGraph.clear(driver);
        importer(true).importBundle(bundle);
        GraphContent direct = GraphContent.of(driver);
        assertThat(direct.nodes()).isPositive();
        assertThat(direct).isEqualTo(throughCypher);
    }

    private BundleImporter importer(boolean directCreation) {
        ImportProperties properties = new ImportProperties();
        properties.setBatchSize(500);
        properties.setDirectCreation(directCreation);
        return importer.with(properties);
    }
}
