package fr.maillage.imports.insee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.WebApplicationContext;

import fr.maillage.SignedIn;
import fr.maillage.MaillageTest;
import fr.maillage.TestGraph;
import fr.maillage.db.Graph;
import fr.maillage.imports.ImportRequester;
import fr.maillage.imports.derived.DerivedBundle;
import fr.maillage.territory.Territories;

/**
 * The helper on the COG extract of {@code src/test/resources/insee/} (figures in its README). The shared
 * test context has no COG folder configured, so the service is built here on the extract, and the API
 * is checked for its answers without one.
 */
@MaillageTest
class InseeTerritoriesTest {

    @Autowired Driver driver;
    @Autowired Graph graph;
    @Autowired DerivedBundle bundles;
    @Autowired Territories territories;
    @Autowired WebApplicationContext web;
    InseeTerritories helper;

    @BeforeEach
    void empty() {
        TestGraph.clear(driver);
        helper = new InseeTerritories(graph, bundles, "src/test/resources/insee/cog");
    }

    private String parentOf(String id) {
        try (Session session = driver.session()) {
            return session.run("MATCH (:Territory {id: $id})-[:PART_OF]->(p) RETURN p.id AS p", java.util.Map.of("id", id))
                    .single().get("p").asString();
        }
    }

    @Test
    void aPilotListingItsCommunesGetsTheOfficialChainInTheGraph() {
        InseeTerritories.Outcome outcome = helper.createDac("dac-nevers", "DAC de l'agglomération de Nevers",
                List.of("58194", "58303", "58117"), ImportRequester.SYSTEM);
        assertThat(outcome.imported().counts()).containsEntry("territories.csv", 6L);

        assertThat(parentOf("insee-commune-58194")).isEqualTo("dac-nevers");
        assertThat(parentOf("dac-nevers")).isEqualTo("insee-departement-58");
        assertThat(parentOf("insee-departement-58")).isEqualTo("insee-region-27");
        assertThat(territories.scope("dac-nevers").descendants())
                .containsExactlyInAnyOrder("dac-nevers", "insee-commune-58194", "insee-commune-58303", "insee-commune-58117");
        assertThat(territories.list()).filteredOn(t -> t.id().equals("dac-nevers")).singleElement()
                .extracting(t -> t.population()).isEqualTo(46223L);
    }

    @Test
    void aSecondDacOfTheSameDepartementSharesItsDepartementAndRegion() {
        helper.createDac("dac-nevers", "DAC Nevers", List.of("58194"), ImportRequester.SYSTEM);
        InseeTerritories.Outcome second = helper.createDac("dac-decize", "DAC Decize", List.of("58095"),
                ImportRequester.SYSTEM);
        assertThat(second.territories()).extracting(InseeTerritory::id)
                .containsExactly("insee-region-27", "insee-departement-58", "dac-decize", "insee-commune-58095");
        try (Session session = driver.session()) {
            assertThat(session.run("MATCH (t:Territory {kind: 'departement'}) RETURN count(t) AS n").single().get("n").asLong()).isEqualTo(1);
        }
    }

    @Test
    void withoutACogFolderTheApiSaysHowToGetOneAndChecksItsBody() throws Exception {
        var mvc = SignedIn.asAdmin(web);
        mvc.perform(post("/api/territories/insee").contentType("application/json")
                        .content("{\"id\": \"dac\", \"name\": \"DAC\", \"communes\": [\"58194\"]}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("@etalab/decoupage-administratif")));
        mvc.perform(post("/api/territories/insee").contentType("application/json").content("{\"name\": \"DAC\", \"communes\": []}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("id"));
    }
}
