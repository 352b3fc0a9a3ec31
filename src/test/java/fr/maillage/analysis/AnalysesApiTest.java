package fr.maillage.analysis;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import fr.maillage.Fixtures;
import fr.maillage.MaillageTest;
import fr.maillage.imports.BundleImporter;

/** The endpoints of orphans, overlaps, persons and parcours: answers, 404 and 400. */
@MaillageTest
class AnalysesApiTest {

    @Autowired WebApplicationContext context;
    @Autowired Driver driver;
    @Autowired BundleImporter importer;

    private MockMvc mvc;

    @BeforeEach
    void workedExample() {
        Fixtures.load(driver, importer, "person/parcours-worked-example");
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void orphansAnswerTheContractShape() throws Exception {
        // On 2018-03-01 veuve (persons.csv: complexe, no assessment yet) is followed by the CLIC and
        // saad1 but has no case manager; a structure of terr or dep handles each of her needs.
        mvc.perform(get("/api/territories/terr/orphans").param("asOf", "2018-03-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].personId").value("veuve"))
                .andExpect(jsonPath("$[0].reasons", contains("complexe_sans_gestionnaire")))
                .andExpect(jsonPath("$[0].complexity").value("complexe"))
                .andExpect(jsonPath("$[0].uncoveredNeeds").isArray());
    }

    @Test
    void unknownTerritoryIsNotFound() throws Exception {
        for (String path : new String[] {"orphans", "overlaps", "persons"}) {
            mvc.perform(get("/api/territories/nowhere/" + path))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.message").value("Territoire inconnu : nowhere"));
        }
    }

    @Test
    void unknownPersonIsNotFound() throws Exception {
        mvc.perform(get("/api/persons/nobody/parcours")).andExpect(status().isNotFound());
    }

    @Test
    void malformedParametersAreNamedIn400() throws Exception {
        expectBadParameter(get("/api/territories/terr/orphans").param("asOf", "2018-13-01"), "asOf");
        expectBadParameter(get("/api/territories/terr/orphans").param("window", "quatre-vingt-dix"), "window");
        expectBadParameter(get("/api/territories/terr/orphans").param("window", "-1"), "window");
        expectBadParameter(get("/api/territories/terr/orphans").param("noResponseDays", "99999"), "noResponseDays");
        expectBadParameter(get("/api/territories/terr/persons").param("asOf", "hier"), "asOf");
        expectBadParameter(get("/api/territories/terr/overlaps").param("from", "2019-01-01").param("to", "2018-01-01"), "from");
        expectBadParameter(get("/api/territories/terr/overlaps").param("to", "2018/01/01"), "to");
        expectBadParameter(get("/api/territories/terr/overlaps").param("types", "ssiad,cabinet"), "types");
        expectBadParameter(get("/api/territories/terr/overlaps").param("coordination", "true"), "coordination");
    }

    private void expectBadParameter(org.springframework.test.web.servlet.RequestBuilder request, String parameter)
            throws Exception {
        mvc.perform(request).andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value(parameter));
    }

    @Test
    void overlapsAndParcoursAnswerJson() throws Exception {
        mvc.perform(get("/api/territories/terr/overlaps").param("from", "2018-01-01").param("to", "2018-12-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.persons[0].kind").value("evaluations_multiples"))
                .andExpect(jsonPath("$.persons[0].structureIds", contains("clic", "reseau")))
                .andExpect(jsonPath("$.structures").isArray());
        mvc.perform(get("/api/persons/veuve/parcours"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.person.id").value("veuve"))
                .andExpect(jsonPath("$.events[0].type").value("referral"))
                .andExpect(jsonPath("$.events[0].date").value("2014-03-10"))
                .andExpect(jsonPath("$.events[1].kind").value("referent"))
                .andExpect(jsonPath("$.ruptures[0].involvementId").value("i02"));
        mvc.perform(get("/api/territories/terr/persons").param("asOf", "2018-04-10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].personId").value("veuve"))
                .andExpect(jsonPath("$[0].complexity").value("standard"))
                .andExpect(jsonPath("$[0].closed").value(false));
    }
}
