package fr.maillage.analysis.partners;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

/** {@code GET /api/territories/{id}/key-partners} and {@code GET /api/measures}. */
@MaillageTest
class KeyPartnersApiTest {

    @Autowired Driver driver;
    @Autowired BundleImporter importer;
    @Autowired WebApplicationContext context;

    private MockMvc mvc;

    @BeforeEach
    void brokerageFixture() throws Exception {
        TestGraph.clear(driver);
        importer.importBundle(Path.of("src/test/resources/network/brokerage/bundle"));
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void keyPartnersAnswerTheContractRowRankedBrokerFirst() throws Exception {
        mvc.perform(get("/api/territories/terr/key-partners").param("from", "2025-01-01").param("to", "2025-12-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(11)))
                .andExpect(jsonPath("$[0].structureId").value("V"))
                .andExpect(jsonPath("$[0].name").value("SSIAD courtier"))
                .andExpect(jsonPath("$[0].sector").value("medico_social"))
                .andExpect(jsonPath("$[0].degree").value(10))
                .andExpect(jsonPath("$[0].weightedDegree").value(10))
                .andExpect(jsonPath("$[0].articulationPoint").value(true))
                .andExpect(jsonPath("$[0].brokerage.coordinator").value(3))
                .andExpect(jsonPath("$[0].brokerage.liaison").value(5))
                .andExpect(jsonPath("$[0].regularity").value(2))
                .andExpect(jsonPath("$[0].betweenness").isNumber())
                .andExpect(jsonPath("$[0].pagerank").isNumber())
                .andExpect(jsonPath("$[0].crossSectorShare").isNumber());
    }

    @Test
    void unknownTerritoryAndMalformedDatesAreRefused() throws Exception {
        mvc.perform(get("/api/territories/nulle-part/key-partners")).andExpect(status().isNotFound());
        mvc.perform(get("/api/territories/terr/key-partners").param("to", "demain"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("to"));
    }

    @Test
    void everyMeasureHasAFrenchExplanation() throws Exception {
        mvc.perform(get("/api/measures")).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(Measure.values().length)))
                .andExpect(jsonPath("$[?(@.key == 'betweenness')].label").value("Intermédiarité"));
    }
}
