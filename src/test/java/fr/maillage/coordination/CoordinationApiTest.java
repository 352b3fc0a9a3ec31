package fr.maillage.coordination;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

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
import fr.maillage.access.UserAccounts;
import fr.maillage.access.UserRole;
import fr.maillage.imports.BundleImporter;

/**
 * The endpoints of the work of coordination (contract v1.2) against the answers worked out by hand
 * in the READMEs of {@code coordination/tables}, {@code coordination/guichet} and
 * {@code coordination/caseloads}; a planner reads the same answers as aggregates.
 */
@MaillageTest
class CoordinationApiTest {

    private static final String PLANNER = "planificatrice-coordination";
    /** The row of terr in a comparison (which lists the territories below it too). */
    private static final String TERR = "$[?(@.territoryId == 'terr')]";

    @Autowired WebApplicationContext context;
    @Autowired Driver driver;
    @Autowired BundleImporter importer;
    @Autowired UserAccounts accounts;

    private MockMvc admin;
    private MockMvc planner;

    @BeforeEach
    void signIn() {
        if (accounts.find(PLANNER).isEmpty()) {
            accounts.create(PLANNER, "{noop}inutilisé", UserRole.PLANIFICATEUR, List.of("dep"), false);
        }
        admin = SignedIn.asAdmin(context);
        planner = SignedIn.mvc(context, PLANNER);
    }

    private ResultActions tables(MockMvc mvc) throws Exception {
        return mvc.perform(get("/api/territories/terr/tables").param("from", "2024-01-01").param("to", "2024-12-31"))
                .andExpect(status().isOk());
    }

    @Test
    void tablesListTheMeetingsHeldForTheTerritoryOrBelowInTheWindowWithoutThePersonOfAClinicalOne() throws Exception {
        Fixtures.load(driver, importer, "coordination/tables");

        tables(admin).andExpect(jsonPath("$.meetings[*].id", contains("m1", "m2", "m3")))
                .andExpect(jsonPath("$.meetings[2].table").value("concertation_clinique"))
                .andExpect(jsonPath("$.meetings[2].structureIds", contains("dac", "ssiad")))
                .andExpect(jsonPath("$.meetings[2].personId").doesNotExist());
    }

    @Test
    void attendanceCountsEveryStructureOfTheEcologyPerTableZerosIncluded() throws Exception {
        Fixtures.load(driver, importer, "coordination/tables");

        tables(admin).andExpect(jsonPath("$.attendance[*].structureId",
                        contains("ccas", "clic", "dac", "hop", "saad", "ssiad")))
                .andExpect(jsonPath("$.attendance[2].strategique").value(1))
                .andExpect(jsonPath("$.attendance[2].tactique").value(1))
                .andExpect(jsonPath("$.attendance[2].concertationClinique").value(1))
                .andExpect(jsonPath("$.attendance[3].strategique").value(1))
                .andExpect(jsonPath("$.attendance[3].tactique").value(0))
                .andExpect(jsonPath("$.attendance[4].strategique").value(0))
                .andExpect(jsonPath("$.attendance[4].concertationClinique").value(0));
    }

    @Test
    void keyPartnersThatSatAtNoStrategicOrTacticalTableAreAbsentInTheirRankOrder() throws Exception {
        Fixtures.load(driver, importer, "coordination/tables");

        tables(admin).andExpect(jsonPath("$.absentKeyPartners", contains("ssiad", "saad")));
        tables(planner).andExpect(jsonPath("$.absentKeyPartners", contains("ssiad", "saad")));
    }

    @Test
    void theStrategicReportShowsWhoSatAtTheTablesAndTheKeyPartnersWhoDidNot() throws Exception {
        Fixtures.load(driver, importer, "coordination/tables");

        String html = planner.perform(get("/api/territories/terr/report").param("from", "2024-01-01").param("to", "2024-12-31"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String text = html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        // The README: m1, m2, m3 held; dac at both tables first, then ccas, clic, hop by id; ssiad and saad absent.
        org.assertj.core.api.Assertions.assertThat(text).contains("13. Tables de concertation",
                "1 réunion(s) de la table stratégique, 1 de la table tactique et 1 concertation(s) clinique(s)",
                "DAC du territoire 1 1 CCAS de la commune A 0 1 CLIC du territoire 1 0 Hôpital départemental 1 0",
                "Partenaires clés absents des tables", "SSIAD de la commune A, SAAD de la commune A");
    }

    private ResultActions guichet(MockMvc mvc) throws Exception {
        return mvc.perform(get("/api/territories/terr/guichet").param("from", "2024-01-01").param("to", "2024-12-31"))
                .andExpect(status().isOk());
    }

    @Test
    void guichetCountsTheReferralsAboutThePersonsOfTheTerritoryPerReceivingStructure() throws Exception {
        Fixtures.load(driver, importer, "coordination/guichet");

        guichet(admin).andExpect(jsonPath("$[*].structureId", contains("ccas", "dac", "saad")))
                .andExpect(jsonPath("$[0].received").value(1))
                .andExpect(jsonPath("$[0].answered").value(0))
                .andExpect(jsonPath("$[0].medianResponseDays").value(nullValue()))
                .andExpect(jsonPath("$[0].withoutResponse").value(1))
                .andExpect(jsonPath("$[0].outsideRemit").value(1))
                .andExpect(jsonPath("$[1].received").value(4))
                .andExpect(jsonPath("$[1].answered").value(3))
                .andExpect(jsonPath("$[1].medianResponseDays").value(4.0))
                .andExpect(jsonPath("$[1].refused").value(1))
                .andExpect(jsonPath("$[1].redirected").value(1))
                .andExpect(jsonPath("$[1].withoutResponse").value(0))
                .andExpect(jsonPath("$[1].outsideRemit").value(1))
                .andExpect(jsonPath("$[1].late").value(1))
                .andExpect(jsonPath("$[2].answered").value(1))
                .andExpect(jsonPath("$[2].outsideRemit").value(0))
                .andExpect(jsonPath("$[2].late").value(0));
    }

    @Test
    void aPlannerReadsTheGuichetsSmallCountsAsLessThanFiveAndTheirMediansMasked() throws Exception {
        Fixtures.load(driver, importer, "coordination/guichet");

        guichet(planner).andExpect(jsonPath("$[1].received").value("<5"))
                .andExpect(jsonPath("$[1].late").value("<5"))
                .andExpect(jsonPath("$[1].medianResponseDays").value("masqué"))
                .andExpect(jsonPath("$[0].medianResponseDays").value(nullValue()));
    }

    private ResultActions caseloads(MockMvc mvc) throws Exception {
        return mvc.perform(get("/api/territories/terr/caseloads").param("asOf", "2024-06-30"))
                .andExpect(status().isOk());
    }

    @Test
    void caseloadsCountTheActiveCaseManagementsOfEveryProfessionalOfTheEcologyAndThePersonsWaiting() throws Exception {
        Fixtures.load(driver, importer, "coordination/caseloads");

        caseloads(admin).andExpect(jsonPath("$.reference").value(40))
                .andExpect(jsonPath("$.managers[*].professionalId", contains("p1", "p2", "p5")))
                .andExpect(jsonPath("$.managers[0].originProfession").value("infirmière"))
                .andExpect(jsonPath("$.managers[0].active").value(2))
                .andExpect(jsonPath("$.managers[0].complex").value(1))
                .andExpect(jsonPath("$.managers[0].extreme").value(1))
                .andExpect(jsonPath("$.managers[1].active").value(1))
                .andExpect(jsonPath("$.managers[1].complex").value(0))
                .andExpect(jsonPath("$.managers[2].structureId").value("ccas"))
                .andExpect(jsonPath("$.managers[2].originProfession").value(nullValue()))
                .andExpect(jsonPath("$.waiting").value(2));
    }

    @Test
    void aPlannerReadsTheCaseloadsSmallCountsAsLessThanFive() throws Exception {
        Fixtures.load(driver, importer, "coordination/caseloads");

        caseloads(planner).andExpect(jsonPath("$.reference").value(40))
                .andExpect(jsonPath("$.managers", hasSize(3)))
                .andExpect(jsonPath("$.managers[0].active").value("<5"))
                .andExpect(jsonPath("$.waiting").value("<5"));
    }

    @Test
    void theComparisonSumsTheGuichetOverTheEcologyUnderTheSmallCellRule() throws Exception {
        Fixtures.load(driver, importer, "coordination/guichet");

        // 6 referrals received (ccas 1, dac 4, saad 1); 4 answered (delays 1, 2, 4, 10: median 3),
        // a small base, so the median is suppressed; 2 outside remit and 1 late are small cells.
        admin.perform(get("/api/compare").param("territories", "terr").param("expand", "false").param("from", "2024-01-01").param("to", "2024-12-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(TERR + ".values['guichet.received']", contains(6)))
                .andExpect(jsonPath(TERR + ".values['guichet.answered']", contains("<5")))
                .andExpect(jsonPath(TERR + ".values['guichet.outsideRemit']", contains("<5")))
                .andExpect(jsonPath(TERR + ".values['guichet.medianResponseDays']", contains(nullValue())))
                .andExpect(jsonPath(TERR + ".per1000['guichet.received']", contains(3.0)));
    }

    @Test
    void theStrategicReportHasASectionForTheGuichetAndOneForCaseManagementByProfessionOfOrigin() throws Exception {
        Fixtures.load(driver, importer, "coordination/caseloads");

        String html = admin.perform(get("/api/territories/terr/report").param("from", "2023-07-01").param("to", "2024-06-30"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        org.assertj.core.api.Assertions.assertThat(html).contains("8. Guichet intégré", "9. Gestion de cas",
                "Professionnels ayant une gestion de cas active (toute fonction)", "infirmière", "assistante sociale",
                "non renseignée");
    }

    @Test
    void unknownTerritoryIsNotFoundAndMalformedDatesAreNamed() throws Exception {
        Fixtures.load(driver, importer, "coordination/tables");

        for (String path : new String[] {"tables", "guichet", "caseloads"}) {
            admin.perform(get("/api/territories/nowhere/" + path)).andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.message").value("Territoire inconnu : nowhere"));
        }
        admin.perform(get("/api/territories/terr/tables").param("from", "2024-13-01")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("from"));
        admin.perform(get("/api/territories/terr/caseloads").param("asOf", "hier")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("asOf"));
    }
}
