package fr.maillage.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;

import fr.maillage.MaillageTest;
import fr.maillage.TestGraph;

/** A pilot's import limited to their scope, over {@code imports/scope/base} (expected problems in its README). */
@MaillageTest
class ScopeImportTest {

    static final Path SCOPE = Path.of("src/test/resources/imports/scope");
    static final ImportRequester RIVEBELLE = new ImportRequester("pilote-rivebelle", Set.of("rivebelle"));

    @Autowired Driver driver;
    @Autowired BundleImporter importer;

    @BeforeEach
    void base() {
        TestGraph.clear(driver);
        importer.importBundle(SCOPE.resolve("base"));
    }

    @Test
    void aPilotImportsABundleWhollyWithinTheirScope() {
        ImportOutcome outcome = importer.importBundle(SCOPE.resolve("in-scope"), RIVEBELLE);

        assertThat(outcome.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(14);
        try (Session session = driver.session()) {
            assertThat(session.run("MATCH (:Professional {id: 'p-riv'})-[:WORKS_AT]->(s) RETURN s.id AS s").single()
                    .get("s").asString()).isEqualTo("ccas-nord");
        }
        assertThat(importer.status(outcome.id())).hasValueSatisfying(status ->
                assertThat(status.user()).isEqualTo("pilote-rivebelle"));
    }

    @Test
    void everyKindOfRowOutOfThePilotsScopeIsALocatedProblemAndNothingIsWritten() {
        GraphContent before = GraphContent.of(driver);

        BundleRejectedException rejected = catchThrowableOfType(BundleRejectedException.class,
                () -> importer.importBundle(SCOPE.resolve("out-of-scope"), RIVEBELLE));

        String outside = " hors de votre périmètre (rivebelle)";
        String already = " déjà dans la base" + outside + " : votre lot ne peut pas le modifier";
        String pair = outside + " : un partenariat doit toucher une structure de votre périmètre";
        assertThat(rejected.problems()).extracting(ImportProblem::toString).containsExactly(
                "territories.csv:3:id: Territoire « combes-c »" + outside,
                "territories.csv:4:id: Identifiant « combes-b »" + already,
                "territories.csv:5:parent_id: Territoire « rivebelle » de votre périmètre (rivebelle) : son"
                        + " rattachement ne change que par un import sans limite de périmètre (il est rattaché à « dep »"
                        + " dans la base)",
                "structures.csv:3:territory_ids: Structure « ssiad-combes »" + outside + " : elle couvre « combes-a »",
                "structures.csv:4:id: Identifiant « hop »" + already,
                "structures.csv:5:territory_ids: Structure « saad-deux »" + outside + " : elle couvre « combes-c »",
                "professionals.csv:3:structure_id: Structure « dac-combes »" + outside,
                "professionals.csv:4:structure_id: Structure « ssiad-combes »" + outside,
                "professionals.csv:5:id: Identifiant « p-combes »" + already,
                "persons.csv:3:territory_id: Personne « x-new »" + outside + " : elle vit dans « combes »",
                "persons.csv:4:id: Identifiant « x-combes2 »" + already,
                "assessments.csv:3:person_id: Personne « x-combes »" + outside,
                "assessments.csv:4:id: Identifiant « a-combes »" + already,
                "referrals.csv:3:person_id: Personne « x-new »" + outside,
                "referrals.csv:4:id: Identifiant « r-combes »" + already,
                "involvements.csv:3:person_id: Personne « x-combes »" + outside,
                "involvements.csv:4:id: Identifiant « i-combes »" + already,
                "partnerships.csv:3:structure_a: Structures « dac-combes » et « ssiad-combes »" + pair,
                "partnerships.csv:4:structure_a: Structures « dac-combes » et « ehpad-combes »" + pair,
                "partnerships.csv:5:structure_a: Structures « ssiad-combes » et « saad-deux »" + pair);
        assertThat(GraphContent.of(driver)).isEqualTo(before);
        assertThat(importer.status(rejected.importId())).hasValueSatisfying(status -> {
            assertThat(status.status()).isEqualTo(ImportStatus.REJECTED);
            assertThat(status.user()).isEqualTo("pilote-rivebelle");
        });
    }

    @Test
    void aScopeTerritoryCountsWithAllItsDescendants() {
        ImportOutcome outcome = importer.importBundle(SCOPE.resolve("out-of-scope"),
                new ImportRequester("pilote-departement", Set.of("dep")));

        assertThat(outcome.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(28);
    }
}
