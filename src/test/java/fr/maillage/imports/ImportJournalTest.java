package fr.maillage.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;

import fr.maillage.MaillageTest;
import fr.maillage.TestGraph;
import fr.maillage.db.Graph;

/**
 * The undo journal of batched imports: a failure after some batches committed, a process that
 * dies then (recovery at start-up is {@link ImportJournal#recover()}), and one that dies while
 * publishing. The fixtures' expected contents are worked out in their README.
 */
@MaillageTest
class ImportJournalTest {

    static final Path UPDATE_FAILS = Path.of("src/test/resources/imports/update-last-batch-fails");

    @Autowired Driver driver;
    @Autowired Graph graph;
    @Autowired ImportRecords records;
    @Autowired ImportJournal journal;
    @Autowired BundleImporter importer;

    @BeforeEach
    void valid() {
        TestGraph.clear(driver);
        importer.importBundle(BundleImportTest.VALID);
        cypher("CREATE CONSTRAINT test_update_last_batch IF NOT EXISTS FOR (p:Partnership) REQUIRE p.strength IS UNIQUE");
    }

    @AfterEach
    void dropConstraint() {
        cypher("DROP CONSTRAINT test_update_last_batch IF EXISTS");
    }

    @Test
    void updatesAndMovedRelationshipsOfEarlierBatchesAreUndoneWhenTheLastBatchFails() {
        GraphContent before = GraphContent.of(driver);
        ImportProperties oneRow = new ImportProperties();
        oneRow.setBatchSize(1);

        ImportFailedException failure = catchThrowableOfType(ImportFailedException.class,
                () -> importer.with(oneRow).importBundle(UPDATE_FAILS));

        assertThat(failure).isNotNull();
        assertThat(GraphContent.of(driver)).isEqualTo(before);
        assertThat(journalNodes()).isZero();
        assertThat(importer.status(failure.importId())).hasValueSatisfying(status -> {
            assertThat(status.status()).isEqualTo("echouee");
            assertThat(status.rowsDone()).as("four batches of one row written, then undone").isEqualTo(4);
        });
    }

    @Test
    void importInterruptedAfterSomeBatchesIsRolledBackAtStart() throws IOException {
        GraphContent before = GraphContent.of(driver);
        String id = "interrompu";
        long seq = records.start(id, "update-last-batch-fails", ImportRequester.SYSTEM.username());
        // The process "dies" when the last batch fails: nothing rolls back but the start-up.
        assertThatThrownBy(() -> writeWithoutPublishing(id, seq, UPDATE_FAILS)).hasMessageContaining("strength");
        assertThat(GraphContent.of(driver)).as("four batches committed").isNotEqualTo(before);

        journal.recover();

        assertThat(GraphContent.of(driver)).isEqualTo(before);
        assertThat(journalNodes()).isZero();
        assertThat(importer.status(id)).hasValueSatisfying(status -> assertThat(status.status()).isEqualTo("echouee"));
    }

    @Test
    void firstImportInterruptedAfterSomeBatchesLeavesAnEmptyDatabaseAtStart() throws IOException {
        TestGraph.clear(driver);
        GraphContent empty = GraphContent.of(driver);
        String id = "premier-interrompu";
        long seq = records.start(id, "last-batch-fails", ImportRequester.SYSTEM.username());
        // Every label was empty: the labels in the import's record undo what no journal or mark names.
        assertThatThrownBy(() -> writeWithoutPublishing(id, seq, BundleImportTest.LAST_BATCH_FAILS))
                .hasMessageContaining("strength");
        assertThat(GraphContent.of(driver)).as("batches committed").isNotEqualTo(empty);

        journal.recover();

        assertThat(GraphContent.of(driver)).isEqualTo(empty);
        assertThat(journalNodes()).isZero();
        assertThat(importer.status(id)).hasValueSatisfying(status -> assertThat(status.status()).isEqualTo("echouee"));
    }

    @Test
    void importInterruptedWhilePublishingIsPublishedAtStart() throws IOException {
        Path monthly = Path.of("src/test/resources/imports/monthly");
        String id = "en-publication";
        long seq = records.start(id, "monthly", ImportRequester.SYSTEM.username());
        Map<String, Long> counts = writeWithoutPublishing(id, seq, monthly);
        records.finish(id, ImportStatus.PUBLISHING, 3, 3, counts, null, null);

        journal.recover();

        GraphContent content = GraphContent.of(driver);
        assertThat(content.nodes()).as("monthly's README: 27 nodes").isEqualTo(27);
        assertThat(content.relationships()).isEqualTo(49);
        assertThat(journalNodes()).isZero();
        assertThat(importer.status(id)).hasValueSatisfying(status -> {
            assertThat(status.status()).isEqualTo("terminee");
            assertThat(status.counts()).isEqualTo(counts);
        });
    }

    @Test
    void importOfAnotherInstanceIsLeftAloneWhileItsLeaseRunsAndRolledBackOnceItRanOut() throws IOException {
        GraphContent before = GraphContent.of(driver);
        String id = "ailleurs";
        long seq = records.start(id, "update-last-batch-fails", ImportRequester.SYSTEM.username());
        assertThatThrownBy(() -> writeWithoutPublishing(id, seq, UPDATE_FAILS)).hasMessageContaining("strength");
        GraphContent written = GraphContent.of(driver);
        anotherInstanceImports(id, "PT1M");
        try {
            journal.recover();

            assertThat(GraphContent.of(driver)).as("its batches stay").isEqualTo(written);
            assertThat(importer.status(id)).map(ImportStatus::status).contains("en_cours");
            assertThatThrownBy(() -> importer.importBundle(BundleImportTest.VALID))
                    .isInstanceOf(ImportBusyException.class).hasMessageContaining(id).hasMessageContaining("instance-morte");

            anotherInstanceImports(id, "-PT1S");
            journal.recover();

            assertThat(GraphContent.of(driver)).isEqualTo(before);
            assertThat(journalNodes()).isZero();
            assertThat(importer.status(id)).map(ImportStatus::status).contains("echouee");
        } finally {
            cypher("MATCH (l:Lease {name: 'import'}) SET l.instance = null, l.holder = null, l.expiresAt = null");
        }
    }

    /** The import {@code id} holds the turn on another instance until now plus {@code duration}. */
    private void anotherInstanceImports(String id, String duration) {
        try (Session session = driver.session()) {
            session.run("MERGE (l:Lease {name: 'import'}) SET l.holder = $id, l.instance = 'instance-morte',"
                    + " l.expiresAt = datetime() + duration($duration)", Map.of("id", id, "duration", duration)).consume();
        }
    }

    /** What an import writes before it publishes, its journal left in place as a crash leaves it. */
    private Map<String, Long> writeWithoutPublishing(String id, long seq, Path folder) throws IOException {
        try (Bundle bundle = Bundle.open(folder, ReadLimits.DEFAULT)) {
            BundleValidator.Validation validation = new BundleValidator(graph, null).validate(bundle);
            assertThat(validation.problems().isEmpty()).isTrue();
            ImportProperties oneRow = new ImportProperties();
            oneRow.setBatchSize(1);
            return new BundleWriter(graph, records, oneRow).write(id, seq, bundle, validation, rows -> { });
        }
    }

    private long journalNodes() {
        try (Session session = driver.session()) {
            return session.run("MATCH (n) WHERE n:ImportPending OR n:ImportUndo OR n:ImportStaged RETURN count(n) AS c").single()
                    .get("c").asLong();
        }
    }

    private void cypher(String statement) {
        try (Session session = driver.session()) {
            session.run(statement).consume();
        }
    }
}
