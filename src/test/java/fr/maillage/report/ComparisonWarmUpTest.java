package fr.maillage.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import fr.maillage.MaillageTest;
import fr.maillage.TestGraph;
import fr.maillage.api.Window;
import fr.maillage.db.Publication;
import fr.maillage.imports.BundleImporter;

/**
 * The comparisons prepared after an import: the rows of the territories of the kinds asked for
 * are computed once in the background and served as they are, until another version is published.
 * The fixture {@code report/two-territories} has one département ({@code dep}) and two territoires.
 */
@MaillageTest
@TestPropertySource(properties = {"maillage.cache.max-indicator-rows=16", "maillage.compare.warm-up=territoire"})
class ComparisonWarmUpTest {

    @Autowired Driver driver;
    @Autowired BundleImporter importer;
    @Autowired Publication publication;
    @Autowired ComparisonWarmUp warmUp;
    @Autowired Comparisons comparisons;

    @BeforeEach
    void fixture() {
        TestGraph.clear(driver);
        importer.importBundle(ComparisonTest.FIXTURE);
    }

    private Object structures(String territoryId) {
        return comparisons.compare(List.of(territoryId), Window.of(null, null), false).get(0).values().get("structures");
    }

    @Test
    void theTerritoriesOfTheKindsAskedForArePreparedAndServedAsPrepared() {
        assertThat(warmUp.prepare(publication.current())).as("nord and sud, not dep nor the commune").isEqualTo(2);
        Object prepared = structures("nord");

        // By hand, which publishes no version: a row computed now would count one structure less.
        try (var session = driver.session()) {
            session.run("MATCH (s:Structure {id: 'hop'}) DETACH DELETE s").consume();
        }

        assertThat(structures("nord")).as("the prepared row").isEqualTo(prepared).isEqualTo(4L);
        assertThat(structures("dep")).as("a département, not prepared, is computed now").isEqualTo(5L);
    }

    @Test
    void aPreparationForAVersionNoLongerPublishedPreparesNothing() {
        long before = publication.current();
        importer.importBundle(ComparisonTest.FIXTURE);

        assertThat(publication.current()).isGreaterThan(before);
        assertThat(warmUp.prepare(before)).isZero();
    }
}
