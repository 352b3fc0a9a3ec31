package fr.maillage.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;

import fr.maillage.MaillageTest;
import fr.maillage.TestGraph;
import fr.maillage.db.Graph;
import fr.maillage.demo.BundleGenerator;
import fr.maillage.demo.BundleSpec;

@MaillageTest
class BundleImportTest {

    static final Path VALID = Path.of("src/test/resources/imports/valid");
    static final Path LAST_BATCH_FAILS = Path.of("src/test/resources/imports/last-batch-fails");

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
        assertThat(GraphContent.node(driver, "Person", "x3")).as("the id, and the number of the import that made it")
                .containsOnlyKeys("id", "importSeq");
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
    void zipOfTheBundleImportsLikeTheFolder(@TempDir Path temp) throws IOException {
        importer.importBundle(VALID);
        GraphContent fromFolder = GraphContent.of(driver);
        TestGraph.clear(driver);

        ImportOutcome outcome = importer.importBundle(zip(VALID, temp.resolve("lot.zip")));

        assertThat(outcome.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(24);
        assertThat(GraphContent.of(driver)).isEqualTo(fromFolder);
    }

    @Test
    void reimportedRowsAreUpdatedInPlace() {
        importer.importBundle(VALID);

        importer.importBundle(Path.of("src/test/resources/imports/update"));

        assertThat(GraphContent.node(driver, "Structure", "dac")).containsEntry("name", "DAC Territoire Sud")
                .doesNotContainKey("minAge");
        try (Session session = driver.session()) {
            assertThat(session.run("MATCH (:Structure {id:'dac'})-[r]->(x) RETURN type(r) + ':' + x.id AS l")
                    .list(r -> r.get("l").asString())).containsExactly("COVERS:ca");
            assertThat(session.run("MATCH (:Referral {id:'r2'})-[r]->(x) RETURN type(r) + ':' + x.id AS l ORDER BY l")
                    .list(r -> r.get("l").asString())).containsExactly("ABOUT:x2", "FROM:hop", "TO:ccas");
        }
        GraphContent content = GraphContent.of(driver);
        assertThat(content.nodes()).isEqualTo(24);
        assertThat(content.relationships()).isEqualTo(40);
    }

    @Test
    void monthlyBundleMayReferenceWhatIsAlreadyInTheDatabase() {
        importer.importBundle(VALID);

        ImportOutcome outcome = importer.importBundle(Path.of("src/test/resources/imports/monthly"));

        assertThat(outcome.counts()).containsExactly(entry("referrals.csv", 2L), entry("involvements.csv", 1L));
        GraphContent content = GraphContent.of(driver);
        assertThat(content.nodes()).isEqualTo(27);
        assertThat(content.relationships()).isEqualTo(49);
    }

    @Test
    void bundleFailingInItsLastBatchLeavesNothing(@Autowired Graph graph, @Autowired ImportRecords records,
                                                  @Autowired ImportJournal journal) {
        ImportProperties twoRows = new ImportProperties();
        twoRows.setBatchSize(2);
        BundleImporter smallBatches = importer.with(twoRows);
        try (Session session = driver.session()) {
            session.run("CREATE CONSTRAINT test_last_batch IF NOT EXISTS FOR (p:Partnership) REQUIRE p.strength IS UNIQUE").consume();
        }
        try {
            ImportFailedException failure = catchThrowableOfType(ImportFailedException.class,
                    () -> smallBatches.importBundle(LAST_BATCH_FAILS));

            assertThat(failure).isNotNull();
            assertThat(GraphContent.of(driver)).extracting(GraphContent::nodes, GraphContent::relationships)
                    .containsExactly(0L, 0L);
            assertThat(importer.status(failure.importId())).hasValueSatisfying(status -> {
                assertThat(status.status()).isEqualTo("echouee");
                assertThat(status.rowsDone()).as("every batch but the last written, then undone").isEqualTo(24);
                assertThat(status.rowsTotal()).isEqualTo(25);
                assertThat(status.message()).contains("strength");
            });
        } finally {
            try (Session session = driver.session()) {
                session.run("DROP CONSTRAINT test_last_batch IF EXISTS").consume();
            }
        }
    }

    @Test
    void firstImportFailingInOneWritingLaneWhileTheOtherWritesLeavesNothing(@TempDir Path folder,
            @Autowired Graph graph, @Autowired ImportRecords records, @Autowired ImportJournal journal)
            throws IOException {
        BundleGenerator.generate(BundleSpec.country(5, LocalDate.of(2026, 11, 25), 1,
                new BundleSpec.TerritorySize(30, 150, 600)), folder);
        ImportProperties twoLanes = new ImportProperties();
        twoLanes.setBatchSize(50);
        twoLanes.setWriters(2);
        BundleImporter inLanes = importer.with(twoLanes);
        // Many referrals share a response date: a batch of referrals fails in one lane or the other,
        // after both lanes committed the batches of persons and assessments.
        try (Session session = driver.session()) {
            session.run("CREATE CONSTRAINT test_lane_fails IF NOT EXISTS FOR (r:Referral) REQUIRE r.responseDate IS UNIQUE")
                    .consume();
        }
        try {
            ImportFailedException failure = catchThrowableOfType(ImportFailedException.class,
                    () -> inLanes.importBundle(folder));

            assertThat(failure).isNotNull();
            assertThat(GraphContent.of(driver)).extracting(GraphContent::nodes, GraphContent::relationships)
                    .containsExactly(0L, 0L);
            assertThat(importer.status(failure.importId())).hasValueSatisfying(status -> {
                assertThat(status.status()).isEqualTo("echouee");
                assertThat(status.rowsDone()).as("persons and assessments written in both lanes, then undone")
                        .isGreaterThan(150);
                assertThat(status.message()).contains("responseDate");
            });
        } finally {
            try (Session session = driver.session()) {
                session.run("DROP CONSTRAINT test_lane_fails IF EXISTS").consume();
            }
        }
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

    /** Zips a bundle folder, README included (notes are ignored by the importer). */
    static Path zip(Path folder, Path zip) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
             Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry("lot/" + file.getFileName()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return zip;
    }
}
