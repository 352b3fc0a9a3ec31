package fr.maillage.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import fr.maillage.TestGraph;
import fr.maillage.db.EmbeddedDatabaseConfiguration.EmbeddedDatabase;
import fr.maillage.demo.BundleSpec.TerritorySize;
import fr.maillage.imports.BundleImporter;
import fr.maillage.imports.ImportOutcome;

/**
 * Server mode: with {@code spring.neo4j.uri} set, the app runs against a Neo4j server (here a
 * Testcontainers Neo4j 5.26) and starts no embedded database. Skipped where Docker is absent.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = "maillage.demo=false")
class ServerModeTest {

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26").withAdminPassword("maillage-test-secret");

    @DynamicPropertySource
    static void neo4jServer(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", NEO4J::getBoltUrl);
        registry.add("spring.neo4j.authentication.username", () -> "neo4j");
        registry.add("spring.neo4j.authentication.password", NEO4J::getAdminPassword);
    }

    @Autowired ApplicationContext context;
    @Autowired Driver driver;
    @Autowired BundleImporter importer;

    @Test
    void appImportsABundleIntoTheNeo4jServerWithoutAnEmbeddedDatabase(@TempDir Path folder) throws IOException {
        assertThat(context.getBeanProvider(EmbeddedDatabase.class).getIfAvailable()).isNull();
        GeneratedBundle bundle = BundleGenerator.generate(BundleSpec.country(3, LocalDate.of(2026, 11, 25), 1,
                new TerritorySize(40, 100, 400)), folder);

        ImportOutcome outcome = importer.importBundle(folder);

        assertThat(outcome.counts()).isEqualTo(bundle.rows());
        assertThat(TestGraph.counts(driver)[0]).isGreaterThanOrEqualTo(bundle.totalRows());
    }
}
