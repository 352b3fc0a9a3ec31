package fr.maillage.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;

import fr.maillage.MaillageTest;
import fr.maillage.TestGraph;

@MaillageTest
class BundleImportTest {

    static final Path VALID = Path.of("src/test/resources/imports/valid");

    @Autowired Driver driver;
    @Autowired BundleImporter importer;

    @BeforeEach
    void empty() {
        TestGraph.clear(driver);
    }

    @Test
    void validBundleImportsEveryFileWithItsRowsNodesAndRelationships() {
        ImportOutcome outcome = importer.importBundle(VALID);

        assertThat(outcome.counts()).containsExactly(entry("territories.csv", 4L), entry("structures.csv", 4L),
                entry("professionals.csv", 3L), entry("persons.csv", 3L), entry("assessments.csv", 2L),
                entry("referrals.csv", 3L), entry("involvements.csv", 3L), entry("partnerships.csv", 2L));
        GraphContent content = GraphContent.of(driver);
        assertThat(content.nodes()).isEqualTo(24);
        assertThat(content.relationships()).isEqualTo(41);
    }

    @Test
    void cellsBecomeTypedPropertiesAndEmptyCellsAreAbsent() {
        importer.importBundle(VALID);

        assertThat(GraphContent.node(driver, "Structure", "dac")).containsEntry("domains",
                List.of("perte_autonomie", "isolement", "medical")).containsEntry("minAge", 60L)
                .containsEntry("requiresApa", false).containsEntry("opened", LocalDate.of(2019, 1, 1))
                .doesNotContainKeys("capacity", "closed", "porteurId", "territoryIds");
        assertThat(GraphContent.node(driver, "Structure", "ccas")).containsEntry("name",
                "CCAS de la commune A, service seniors");
        assertThat(GraphContent.node(driver, "Person", "x3")).containsOnlyKeys("id");
        assertThat(GraphContent.node(driver, "Territory", "terr")).containsEntry("population75Plus", 2500L);
    }

    @Test
    void referencesBecomeRelationshipsEvenToRowsFurtherDownTheFile() {
        importer.importBundle(VALID);

        try (Session session = driver.session()) {
            assertThat(session.run("MATCH (:Territory {id:'ca'})-[:PART_OF]->(p) RETURN p.name AS n").single()
                    .get("n").asString()).isEqualTo("Territoire test");
            assertThat(session.run("MATCH (:Structure {id:'dac'})-[:CARRIED_BY]->(p) RETURN p.type AS t").single()
                    .get("t").asString()).isEqualTo("hopital");
            assertThat(session.run("MATCH (r:Referral {id:'r3'})-[rel]->(x) RETURN type(rel) + ':' + x.id AS l ORDER BY l")
                    .list(r -> r.get("l").asString())).containsExactly("ABOUT:x1", "FROM_PROFESSIONAL:p1",
                    "REDIRECTED_TO:dac", "TO:ccas", "TO_PROFESSIONAL:p3");
            assertThat(session.run("MATCH (p:Partnership {key:'dac|ssiad|convention'})-[:BETWEEN]->(s) RETURN s.id AS id ORDER BY id")
                    .list(r -> r.get("id").asString())).containsExactly("dac", "ssiad");
        }
    }

    @Test
    void reimportingTheSameBundleChangesNothing() {
        importer.importBundle(VALID);
        GraphContent first = GraphContent.of(driver);

        ImportOutcome again = importer.importBundle(VALID);

        assertThat(again.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(24);
        assertThat(GraphContent.of(driver)).isEqualTo(first);
    }

    @Test
    void importRecordsAreNotBundleContent() {
        String id = importer.importBundle(VALID).id();

        assertThat(importer.status(id)).hasValueSatisfying(status -> {
            assertThat(status.status()).isEqualTo("terminee");
            assertThat(status.rowsDone()).isEqualTo(24);
            assertThat(status.counts()).containsEntry("referrals.csv", 3L);
        });
        assertThat(TestGraph.counts(driver)[0]).isEqualTo(GraphContent.of(driver).nodes() + 1);
    }
}
