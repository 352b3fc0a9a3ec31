package fr.maillage.network;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import fr.maillage.MaillageTest;
import fr.maillage.TestGraph;
import fr.maillage.imports.BundleImporter;

/** {@code GET /api/territories/{id}/network} on the fixture {@code network/weights}. */
@MaillageTest
class NetworkApiTest {

    @Autowired Driver driver;
    @Autowired BundleImporter importer;
    @Autowired WebApplicationContext context;

    private MockMvc mvc;

    @BeforeEach
    void weightsFixture() throws Exception {
        TestGraph.clear(driver);
        importer.importBundle(Path.of("src/test/resources/network/weights/bundle"));
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void networkAnswersTheContractKeysWithoutPersonIds() throws Exception {
        mvc.perform(get("/api/territories/terr/network").param("from", "2025-01-01").param("to", "2025-12-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nodes[*].id").value(contains("A", "B", "C", "D", "E", "X", "Y", "Z")))
                .andExpect(jsonPath("$.nodes[0].name").value("DAC du territoire"))
                .andExpect(jsonPath("$.nodes[0].type").value("dac"))
                .andExpect(jsonPath("$.nodes[0].sector").value("sanitaire"))
                .andExpect(jsonPath("$.nodes[5].inEcology").value(false))
                .andExpect(jsonPath("$.links", hasSize(8)))
                .andExpect(jsonPath("$.links[0].source").value("A"))
                .andExpect(jsonPath("$.links[0].target").value("B"))
                .andExpect(jsonPath("$.links[0].weight").value(5))
                .andExpect(jsonPath("$.links[0].referrals").value(3))
                .andExpect(jsonPath("$.links[0].sharedPersons").value(2))
                .andExpect(jsonPath("$.partnerships[0].kind").value("convention"))
                .andExpect(jsonPath("$.partnerships[0].since").value("2020-01-01"))
                .andExpect(jsonPath("$.partnerships", hasSize(3)))
                .andExpect(content().string(not(containsString("\"q1\""))));
    }

    @Test
    void unknownTerritoryIsNotFound() throws Exception {
        mvc.perform(get("/api/territories/nulle-part/network")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value(containsString("nulle-part")));
    }

    @Test
    void malformedDateIsABadRequestNamingTheParameter() throws Exception {
        mvc.perform(get("/api/territories/terr/network").param("from", "2025-13-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("from"));
    }

    @Test
    void windowEndingBeforeItStartsIsABadRequest() throws Exception {
        mvc.perform(get("/api/territories/terr/network").param("from", "2025-06-01").param("to", "2025-01-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("from"));
    }
}
