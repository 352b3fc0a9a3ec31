package fr.maillage.imports.ror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;

import fr.maillage.SignedIn;
import fr.maillage.MaillageTest;
import fr.maillage.TestGraph;
import fr.maillage.imports.BundleImporter;
import fr.maillage.imports.BundleRejectedException;
import fr.maillage.imports.ImportProblem;
import fr.maillage.imports.ImportRequester;

/** The sample Bundle posted to the API over the four communes of {@code ror/territories} (see the README). */
@MaillageTest
class RorImportTest {

    @Autowired Driver driver;
    @Autowired BundleImporter importer;
    @Autowired RorImporter ror;
    @Autowired WebApplicationContext web;
    MockMvc mvc;

    @BeforeEach
    void communes() {
        TestGraph.clear(driver);
        importer.importBundle(Path.of("src/test/resources/ror/territories"));
        mvc = SignedIn.asAdmin(web);
    }

    private ResultActions postSample() throws Exception {
        return mvc.perform(post("/api/imports/ror").contentType("application/fhir+json")
                .content(Files.readString(Path.of("src/test/resources/ror/bundle-nevers.json"))));
    }

    /** Each structure as "id type sector territories;" with its COVERS territories in id order. */
    private List<String> structures() {
        try (Session session = driver.session()) {
            return session.run("""
                    MATCH (s:Structure)-[:COVERS]->(t:Territory)
                    WITH s, t ORDER BY t.id
                    WITH s, collect(t.id) AS territories ORDER BY s.id
                    RETURN s.id + ' ' + s.type + ' ' + s.sector + ' ' + reduce(text = '', t IN territories | text + t + ';') AS line
                    """).list(r -> r.get("line").asString());
        }
    }

    @Test
    void aPilotImportsTheRorBundleAndGetsTheMappedStructuresOnItsCommunes() throws Exception {
        postSample().andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.counts['structures.csv']").value(5))
                .andExpect(jsonPath("$.resources.Organization").value(8))
                .andExpect(jsonPath("$.skipped.length()").value(3))
                .andExpect(jsonPath("$.unmapped.length()").value(4))
                .andExpect(jsonPath("$.unmapped[?(@.resource == 'Organization/eg-cds')].code").value("124"));

        assertThat(structures()).containsExactly(
                "ror-580000011 ehpad medico_social varennes;",
                "ror-580000029 ssiad medico_social fourchambault;nevers;",
                "ror-580000037 saad medico_social nevers;",
                "ror-580000045 hopital sanitaire nevers;",
                "ror-580000052 dac medico_social coulanges;");
        try (Session session = driver.session()) {
            assertThat(session.run("MATCH (s:Structure {id: 'ror-580000037'}) RETURN s.domains AS d, s.name AS n").single()
                    .get("d").asList()).containsExactly("logement", "vie_quotidienne");
        }
    }

    @Test
    void importingTheSameBundleTwiceLeavesTheSameStructures() throws Exception {
        postSample().andExpect(status().isCreated());
        List<String> first = structures();
        long[] counts = TestGraph.counts(driver);
        postSample().andExpect(status().isCreated()).andExpect(jsonPath("$.counts['structures.csv']").value(5));
        assertThat(structures()).isEqualTo(first);
        // Only the second import's own record is new.
        assertThat(TestGraph.counts(driver)[0]).isEqualTo(counts[0] + 1);
    }

    @Test
    void aPilotImportsOnlyTheRorStructuresOfTheirScope() throws Exception {
        long[] before = TestGraph.counts(driver);

        BundleRejectedException rejected = catchThrowableOfType(BundleRejectedException.class, () -> ror.importBundle(
                Files.readString(Path.of("src/test/resources/ror/bundle-nevers.json")),
                new ImportRequester("pilote-nevers", Set.of("nevers"))));

        String outside = " hors de votre périmètre (nevers) : elle couvre ";
        assertThat(rejected.problems()).extracting(ImportProblem::message).containsExactlyInAnyOrder(
                "Structure « ror-580000011 »" + outside + "« varennes »",
                "Structure « ror-580000029 »" + outside + "« fourchambault »",
                "Structure « ror-580000052 »" + outside + "« coulanges »");
        assertThat(rejected.problems()).extracting(ImportProblem::column).containsOnly("territory_ids");
        // Only the refused import's own record is new.
        assertThat(TestGraph.counts(driver)).containsExactly(before[0] + 1, before[1]);
    }

    @Test
    void aBodyThatIsNoFhirBundleIsABadParameter() throws Exception {
        mvc.perform(post("/api/imports/ror").contentType("application/json").content("{\"resourceType\": \"Patient\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("body"));
        mvc.perform(post("/api/imports/ror").contentType("application/json").content("pas du JSON"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void territoriesCarryTheirInseeCode() {
        try (Session session = driver.session()) {
            assertThat(session.run("MATCH (t:Territory {id: 'nevers'}) RETURN t.inseeCode AS c").single().get("c").asString())
                    .isEqualTo("58194");
            assertThat(session.run("MATCH (t:Territory {id: 'agglo'}) RETURN t.inseeCode AS c").single().get("c").isNull()).isTrue();
        }
    }
}
