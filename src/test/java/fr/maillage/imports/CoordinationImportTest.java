package fr.maillage.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;

import fr.maillage.MaillageTest;
import fr.maillage.TestGraph;

/**
 * The files of the work of coordination (contract v1.2): meetings, fundings, and a structure's
 * absorption, through the same all-or-nothing writer as the other files. Fixture:
 * {@code coordination/tables} (its README).
 */
@MaillageTest
class CoordinationImportTest {

    static final Path TABLES = Path.of("src/test/resources/coordination/tables");

    @Autowired Driver driver;
    @Autowired BundleImporter importer;
    @TempDir Path temp;

    @BeforeEach
    void empty() {
        TestGraph.clear(driver);
    }

    @Test
    void meetingsFundingsAndAbsorptionBecomeNodesAndRelationshipsNumberedWithTheirImport() {
        ImportOutcome outcome = importer.importBundle(TABLES);

        assertThat(outcome.counts()).contains(entry("meetings.csv", 6L), entry("fundings.csv", 3L));
        try (Session session = driver.session()) {
            assertThat(session.run("MATCH (:Meeting {id:'m3'})-[r]->(x) RETURN type(r) + ':' + x.id AS l ORDER BY l")
                    .list(r -> r.get("l").asString()))
                    .containsExactly("ABOUT:x1", "ATTENDED:dac", "ATTENDED:ssiad", "HELD_IN:terr");
            assertThat(session.run("MATCH (f:Funding {key:'dac|2024|ars|coordination'})-[:FUNDS]->(s) "
                    + "RETURN s.id AS s, f.amountEur AS amount, f.year AS year").single().asMap())
                    .containsEntry("s", "dac").containsEntry("amount", 120000L).containsEntry("year", 2024L);
            assertThat(session.run("MATCH (:Structure {id:'clic'})-[:ABSORBED_INTO]->(s) RETURN s.id AS s")
                    .single().get("s").asString()).isEqualTo("dac");
            assertThat(session.run("MATCH (n) WHERE (n:Meeting OR n:Funding) AND n.importSeq IS NULL RETURN count(n) AS c")
                    .single().get("c").asLong()).as("every node created carries its import's number").isZero();
        }
        assertThat(GraphContent.node(driver, "Meeting", "m1")).doesNotContainKey("personId");
    }

    @Test
    void aFundingSentAgainWithAnotherAmountUpdatesItsAmount() throws IOException {
        importer.importBundle(TABLES);
        Path update = Files.createDirectories(temp.resolve("lot"));
        Files.writeString(update.resolve("fundings.csv"), """
                structure_id,year,funder,amount_eur,purpose
                dac,2024,ars,150000,coordination
                clic,2023,departement,25000,
                """);

        importer.importBundle(update);

        try (Session session = driver.session()) {
            assertThat(session.run("MATCH (f:Funding) RETURN f.key + '=' + f.amountEur AS f ORDER BY f")
                    .list(r -> r.get("f").asString())).containsExactly("clic|2023|departement|=25000",
                    "dac|2024|ars|coordination=150000", "dac|2024|departement|gestion_de_cas=30000");
        }
    }

    @Test
    void anUpdateRefusedForOneBadMeetingChangesNoFundingNorMeeting() throws IOException {
        importer.importBundle(TABLES);
        GraphContent before = GraphContent.of(driver);
        Path update = Files.createDirectories(temp.resolve("lot"));
        Files.writeString(update.resolve("fundings.csv"), """
                structure_id,year,funder,amount_eur,purpose
                dac,2024,ars,1,coordination
                """);
        Files.writeString(update.resolve("meetings.csv"), """
                id,date,table,territory_id,structure_ids,person_id
                m1,2024-02-02,strategique,terr,dac;hop,
                m7,2024-07-01,tactique,terr,dac;inconnue,
                """);

        BundleRejectedException rejected = catchThrowableOfType(BundleRejectedException.class,
                () -> importer.importBundle(update));

        assertThat(rejected.problems()).extracting(ImportProblem::toString)
                .anySatisfy(p -> assertThat(p).contains("meetings.csv:3:structure_ids", "« inconnue »"));
        assertThat(GraphContent.of(driver)).isEqualTo(before);
    }
}
