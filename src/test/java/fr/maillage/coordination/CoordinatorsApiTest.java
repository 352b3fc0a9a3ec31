package fr.maillage.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;

import fr.maillage.Fixtures;
import fr.maillage.MaillageTest;
import fr.maillage.SignedIn;
import fr.maillage.imports.BundleImporter;

/**
 * {@code /coordinators} (the identities of the coordinators, Aubert, Kletz, Sardas 2022) against
 * the answer worked out by hand in {@code coordination/coordinators/README.md}; a planner reads
 * the same identities with small counts as "&lt;5"; the report lists the quadrants.
 */
@MaillageTest
class CoordinatorsApiTest {

    private static final String PLANNER = "planificatrice-coordinateurs";

    @Autowired WebApplicationContext context;
    @Autowired Driver driver;
    @Autowired BundleImporter importer;

    private MockMvc admin;
    private MockMvc planner;

    @BeforeEach
    void signInAndLoad() {
        admin = SignedIn.asAdmin(context);
        planner = SignedIn.asPlanner(context, PLANNER, "dep");
        Fixtures.load(driver, importer, "coordination/coordinators");
    }

    private ResultActions coordinators(MockMvc mvc) throws Exception {
        return mvc.perform(get("/api/territories/terr/coordinators").param("from", "2024-01-01").param("to", "2024-12-31"))
                .andExpect(status().isOk());
    }

    @Test
    void theActorsAreTheCoordinationStructuresOfTheEcologyAndTheirProfessionalsOrThoseOfACoordinationRole()
            throws Exception {
        coordinators(admin)
                .andExpect(jsonPath("$.structures[*].structureId", contains("clic", "dac", "emg", "reseau", "ssh")))
                .andExpect(jsonPath("$.professionals[*].professionalId", contains("cg1", "cl1", "gc1", "pil")))
                .andExpect(jsonPath("$.professionals[0].structureId").value("ccas"))
                .andExpect(jsonPath("$.professionals[0].role").value("conseiller_gerontologie"))
                .andExpect(jsonPath("$.rule.heldDays").value(90))
                .andExpect(jsonPath("$.rule.frontierDays").value(30))
                .andExpect(jsonPath("$.rule.hospitalTypes", contains("hopital", "service_social_hospitalier")));
    }

    @Test
    void eachStructureStandsWhereTheMajorityOfItsPersonsPutItWithTheCountsThatDecide() throws Exception {
        coordinators(admin)
                .andExpect(jsonPath("$.structures[*].identity.persons", contains(2, 4, 3, 1, 3)))
                .andExpect(jsonPath("$.structures[*].identity.heldPersons", contains(0, 3, 0, 1, 0)))
                .andExpect(jsonPath("$.structures[*].identity.frontierPersons", contains(1, 2, 3, 1, 3)))
                .andExpect(jsonPath("$.structures[*].identity.intervention",
                        contains("consultant", "referent", "consultant", "referent", "consultant")))
                .andExpect(jsonPath("$.structures[*].identity.perimeter",
                        contains("parcours", "parcours", "frontiere", "frontiere", "frontiere")));
    }

    @Test
    void eachProfessionalToo_andOneWithoutPersonsHasNoIdentity() throws Exception {
        coordinators(admin)
                .andExpect(jsonPath("$.professionals[*].identity.persons", contains(1, 1, 3, 0)))
                .andExpect(jsonPath("$.professionals[*].identity.heldPersons", contains(1, 0, 2, 0)))
                .andExpect(jsonPath("$.professionals[*].identity.frontierPersons", contains(0, 0, 1, 0)))
                .andExpect(jsonPath("$.professionals[0].identity.intervention").value("referent"))
                .andExpect(jsonPath("$.professionals[1].identity.intervention").value("consultant"))
                .andExpect(jsonPath("$.professionals[2].identity.intervention").value("referent"))
                .andExpect(jsonPath("$.professionals[2].identity.perimeter").value("parcours"))
                .andExpect(jsonPath("$.professionals[3].identity.intervention").value(nullValue()))
                .andExpect(jsonPath("$.professionals[3].identity.perimeter").value(nullValue()));
    }

    @Test
    void halfIsNotAMajority() {
        assertThat(Coordinators.classify(4, 2, 2).intervention()).isEqualTo(Coordinators.CONSULTANT);
        assertThat(Coordinators.classify(4, 2, 2).perimeter()).isEqualTo(Coordinators.PARCOURS);
        assertThat(Coordinators.classify(4, 3, 3).intervention()).isEqualTo(Coordinators.REFERENT);
        assertThat(Coordinators.classify(4, 3, 3).perimeter()).isEqualTo(Coordinators.FRONTIERE);
    }

    @Test
    void aPlannerReadsTheSameIdentitiesWithSmallCountsAsLessThanFive() throws Exception {
        coordinators(planner)
                .andExpect(jsonPath("$.structures[1].structureId").value("dac"))
                .andExpect(jsonPath("$.structures[1].identity.persons").value("<5"))
                .andExpect(jsonPath("$.structures[1].identity.heldPersons").value("<5"))
                .andExpect(jsonPath("$.structures[1].identity.intervention").value("referent"))
                .andExpect(jsonPath("$.professionals[3].identity.persons").value("<5"))
                .andExpect(jsonPath("$.rule.heldDays").value(90));
    }

    @Test
    void theStrategicReportListsTheCoordinationStructuresOfEachQuadrant() throws Exception {
        String html = admin.perform(get("/api/territories/terr/report").param("from", "2024-01-01").param("to", "2024-12-31"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("11. Identités des coordinateurs", "Référent parcours", "DAC du territoire",
                "Réseau gérontologique", "Équipe mobile gériatrique, Service social hospitalier");
    }

    @Test
    void unknownTerritoryIsNotFoundAndMalformedOrReversedDatesAreNamed() throws Exception {
        admin.perform(get("/api/territories/nowhere/coordinators")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("Territoire inconnu : nowhere"));
        admin.perform(get("/api/territories/terr/coordinators").param("from", "-999999999-01-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("from"));
        admin.perform(get("/api/territories/terr/coordinators").param("from", "2024-12-31").param("to", "2024-01-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("from"));
    }
}
