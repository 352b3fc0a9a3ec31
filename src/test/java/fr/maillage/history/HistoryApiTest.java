package fr.maillage.history;

import static org.assertj.core.api.Assertions.assertThat;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
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
 * {@code GET /api/territories/{id}/history} against the answers worked out by hand in
 * {@code history/dac-merger/README.md}: a CLIC and a réseau de santé absorbed into the DAC, a
 * SAAD that closes, and a planner who reads the same history as aggregates.
 */
@MaillageTest
class HistoryApiTest {

    private static final String PLANNER = "planificatrice-histoire";
    private static final String CCAS = "$.structures[?(@.id == 'ccas')]";
    private static final String CLIC_MERGER = "$.mergers[?(@.structureId == 'clic')]";
    private static final String RESEAU_MERGER = "$.mergers[?(@.structureId == 'reseau')]";

    @Autowired WebApplicationContext context;
    @Autowired Driver driver;
    @Autowired BundleImporter importer;
    @Autowired UserAccounts accounts;

    private MockMvc admin;
    private MockMvc planner;

    @BeforeEach
    void load() {
        if (accounts.find(PLANNER).isEmpty()) {
            accounts.create(PLANNER, "{noop}inutilisé", UserRole.PLANIFICATEUR, List.of("dep"), false);
        }
        admin = SignedIn.asAdmin(context);
        planner = SignedIn.mvc(context, PLANNER);
        Fixtures.load(driver, importer, "history/dac-merger");
    }

    private static ResultActions history(MockMvc mvc, String from, String to) throws Exception {
        return mvc.perform(get("/api/territories/terr/history").param("from", from).param("to", to))
                .andExpect(status().isOk());
    }

    private static String phases(String structure) {
        return "$.structures[?(@.id == '" + structure + "')].phases[*].phase";
    }

    @Test
    void eachYearListsTheStructuresOpenOpenedClosedAndAbsorbedWithTheirAbsorber() throws Exception {
        history(admin, "2021", "2024")
                .andExpect(jsonPath("$.years[*].year", contains(2021, 2022, 2023, 2024)))
                .andExpect(jsonPath("$.years[0].open", contains("ccas", "clic", "ehpad", "hop", "mj", "reseau", "saad", "ssiad")))
                .andExpect(jsonPath("$.years[0].opened", contains("ccas", "reseau")))
                .andExpect(jsonPath("$.years[1].closed", contains("saad")))
                .andExpect(jsonPath("$.years[1].absorbed", empty()))
                .andExpect(jsonPath("$.years[2].open", contains("ccas", "clic", "dac", "ehpad", "hop", "mj", "reseau", "ssiad")))
                .andExpect(jsonPath("$.years[2].opened", contains("dac")))
                .andExpect(jsonPath("$.years[2].closed", empty()))
                .andExpect(jsonPath("$.years[2].absorbed[*].structureId", contains("clic", "reseau")))
                .andExpect(jsonPath("$.years[2].absorbed[*].into", contains("dac", "dac")))
                .andExpect(jsonPath("$.years[2].absorbed[0].date").value("2023-06-30"))
                .andExpect(jsonPath("$.years[3].open", contains("ccas", "dac", "ehpad", "hop", "mj", "ssiad")));
    }

    @Test
    void eachYearGivesTheSizeOfTheMetaNetworkOfThatCalendarYear() throws Exception {
        history(admin, "2021", "2024")
                .andExpect(jsonPath("$.years[*].network.nodes", contains(9, 9, 9, 9)))
                .andExpect(jsonPath("$.years[*].network.exchanging", contains(6, 8, 7, 5)))
                .andExpect(jsonPath("$.years[*].network.links", contains(5, 9, 12, 6)))
                .andExpect(jsonPath("$.years[*].network.referrals", contains(7, 13, 14, 15)));
    }

    @Test
    void eachStructureHasItsPhaseOfTheLifeCyclePerYear() throws Exception {
        history(admin, "2021", "2024")
                .andExpect(jsonPath(phases("ccas"), contains("developpement", "developpement", "developpement", "routine_precaire")))
                .andExpect(jsonPath(phases("clic"), contains("routine_precaire", "routine_precaire", "absorption")))
                .andExpect(jsonPath("$.structures[?(@.id == 'dac')].phases[*].year", contains(2022, 2023, 2024)))
                .andExpect(jsonPath(phases("dac"), contains("pre_histoire", "developpement", "developpement")))
                .andExpect(jsonPath(phases("hop"), contains("routine_precaire", "routine_precaire", "routine_precaire", "routine_precaire")))
                .andExpect(jsonPath(phases("reseau"), contains("developpement", "routine_precaire", "absorption")))
                .andExpect(jsonPath(phases("saad"), contains("routine_precaire", "fin")))
                .andExpect(jsonPath(CCAS + ".phases[*].exchanges.exchanges", contains(1, 3, 6, 9)))
                .andExpect(jsonPath("$.structures[?(@.id == 'reseau')].phases[*].exchanges.exchanges", contains(4, 6, 3)))
                .andExpect(jsonPath("$.structures[?(@.id == 'clic')].absorbedInto", contains("dac")))
                .andExpect(jsonPath("$.structures[*].id", contains("ccas", "clic", "dac", "ehpad", "hop", "mj", "reseau", "saad", "ssiad")));
    }

    @Test
    void aYearsPhaseIsJudgedOnTheYearsBeforeItEvenWhenTheyAreNotAsked() throws Exception {
        history(admin, "2022", "2022")
                .andExpect(jsonPath("$.years", hasSize(1)))
                .andExpect(jsonPath(phases("ccas"), contains("developpement")))
                .andExpect(jsonPath(phases("reseau"), contains("routine_precaire")));
    }

    @Test
    void aMergerSplitsThePartnersExchangesWithTheAbsorbedStructureIntoTheAbsorberElsewhereAndNowhere() throws Exception {
        history(admin, "2021", "2024")
                .andExpect(jsonPath("$.mergers[*].structureId", contains("clic", "reseau")))
                .andExpect(jsonPath(CLIC_MERGER + ".into", contains("dac")))
                .andExpect(jsonPath(CLIC_MERGER + ".before.from", contains("2022-07-01")))
                .andExpect(jsonPath(CLIC_MERGER + ".after.to", contains("2024-06-30")))
                .andExpect(jsonPath(CLIC_MERGER + ".absorberPartnersBefore", contains(0)))
                .andExpect(jsonPath(CLIC_MERGER + ".absorberPartnersAfter", contains(3)))
                .andExpect(jsonPath(CLIC_MERGER + ".partners[*].structureId", contains("ccas", "ehpad", "hop", "ssiad")))
                .andExpect(jsonPath(CLIC_MERGER + ".partners[*].outcome", contains("absorbant", "ailleurs", "absorbant", "absorbant")))
                .andExpect(jsonPath(CLIC_MERGER + ".partners[*].withAbsorbed.exchanges", contains(2, 2, 2, 3)))
                .andExpect(jsonPath(CLIC_MERGER + ".partners[*].withAbsorberAfter.exchanges", contains(5, 0, 3, 2)))
                .andExpect(jsonPath(CLIC_MERGER + ".partners[*].elsewhereBefore.exchanges", contains(1, 0, 1, 2)))
                .andExpect(jsonPath(CLIC_MERGER + ".partners[*].elsewhereAfter.exchanges", contains(4, 3, 5, 2)))
                .andExpect(jsonPath(CLIC_MERGER + ".partners[3].parts.toAbsorber", contains(2)))
                .andExpect(jsonPath(CLIC_MERGER + ".partners[3].parts.nowhere", contains(1)))
                .andExpect(jsonPath(CLIC_MERGER + ".total.toAbsorber", contains(6)))
                .andExpect(jsonPath(CLIC_MERGER + ".total.elsewhere", contains(2)))
                .andExpect(jsonPath(CLIC_MERGER + ".total.nowhere", contains(1)))
                .andExpect(jsonPath(CLIC_MERGER + ".partners[3].referralParts.toAbsorber", contains(1)))
                .andExpect(jsonPath(CLIC_MERGER + ".partners[3].referralParts.nowhere", contains(1)))
                .andExpect(jsonPath(CLIC_MERGER + ".referralTotal.toAbsorber", contains(5)))
                .andExpect(jsonPath(CLIC_MERGER + ".referralTotal.elsewhere", contains(2)))
                .andExpect(jsonPath(CLIC_MERGER + ".referralTotal.nowhere", contains(1)))
                .andExpect(jsonPath(RESEAU_MERGER + ".partners[*].structureId", contains("ccas", "hop", "mj", "ssiad")))
                .andExpect(jsonPath(RESEAU_MERGER + ".partners[*].outcome", contains("absorbant", "absorbant", "nulle_part", "absorbant")))
                .andExpect(jsonPath(RESEAU_MERGER + ".total.toAbsorber", contains(4)))
                .andExpect(jsonPath(RESEAU_MERGER + ".total.elsewhere", contains(0)))
                .andExpect(jsonPath(RESEAU_MERGER + ".total.nowhere", contains(1)))
                .andExpect(jsonPath(RESEAU_MERGER + ".referralTotal.toAbsorber", contains(3)))
                .andExpect(jsonPath(RESEAU_MERGER + ".referralTotal.nowhere", contains(2)));
    }

    @Test
    void theStrategicReportListsEachAbsorptionAndWhatBecameOfItsPartnersReferralsForAPlannerToo() throws Exception {
        String html = planner.perform(get("/api/territories/terr/report").param("from", "2023-07-01")
                        .param("to", "2024-06-30"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String text = html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        // The README's referral split: clic 4 partners, 5 + 2 + 1 of 8; reseau 4 partners, 3 + 0 + 2 of 5.
        assertThat(text).contains("12. Fusions des six dernières années",
                "CLIC du territoire DAC du territoire 30 juin 2023 4 8 5 2 1",
                "Réseau de santé gérontologique DAC du territoire 30 juin 2023 4 5 3 0 2");
    }

    @Test
    void yearsWithoutAnAbsorptionHaveNoMerger() throws Exception {
        history(admin, "2021", "2022").andExpect(jsonPath("$.mergers", empty()));
    }

    @Test
    void aPlannerReadsExchangesHoldingSmallCountsOfSharedPersonsAsBoundsAndTheirPartsMasked() throws Exception {
        history(planner, "2021", "2024")
                .andExpect(jsonPath(CCAS + ".phases[0].exchanges.exchanges", contains("<6")))
                .andExpect(jsonPath(CCAS + ".phases[0].exchanges.referrals", contains(1)))
                .andExpect(jsonPath("$.structures[?(@.id == 'dac')].phases[0].exchanges.exchanges", contains(0)))
                .andExpect(jsonPath(CLIC_MERGER + ".partners[3].withAbsorbed.exchanges", contains("<7")))
                .andExpect(jsonPath(CLIC_MERGER + ".partners[3].withAbsorbed.referrals", contains(2)))
                .andExpect(jsonPath(CLIC_MERGER + ".partners[3].parts.toAbsorber", contains("masqué")))
                .andExpect(jsonPath(CLIC_MERGER + ".total.nowhere", contains("masqué")))
                .andExpect(jsonPath(CLIC_MERGER + ".referralTotal.toAbsorber", contains(5)))
                .andExpect(jsonPath(CLIC_MERGER + ".partners[3].referralParts.nowhere", contains(1)))
                .andExpect(jsonPath(CLIC_MERGER + ".partners[*].outcome", contains("absorbant", "ailleurs", "absorbant", "absorbant")))
                .andExpect(jsonPath("$.years[*].network.referrals", contains(7, 13, 14, 15)))
                .andExpect(jsonPath("$..smallLinks").doesNotExist())
                .andExpect(jsonPath("$..smallSharedPersons").doesNotExist());
    }

    @Test
    void badYearsAreRefusedInFrenchNamingTheParameter() throws Exception {
        String[][] refused = {
                {"2024", "2021", "from", "est après"},
                {"-999999999", "2024", "from", "format attendu AAAA"},
                {"2021", "2024-12-31", "to", "format attendu AAAA"},
                {"1e309", "2024", "from", "invalide"},
                {"1850", "2024", "from", "hors des années possibles"},
                {"2021", "2200", "to", "hors des années possibles"},
                {"1970", "2024", "from", "30 au plus"},
        };
        for (String[] bad : refused) {
            admin.perform(get("/api/territories/terr/history").param("from", bad[0]).param("to", bad[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value(bad[2]))
                    .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString(bad[3])));
        }
        admin.perform(get("/api/territories/nowhere/history")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("Territoire inconnu : nowhere"));
    }

    @Test
    void withoutYearsTheHistoryIsTheSixYearsEndingThisYear() throws Exception {
        int year = java.time.LocalDate.now().getYear();
        admin.perform(get("/api/territories/terr/history")).andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value(year - 5))
                .andExpect(jsonPath("$.to").value(year))
                .andExpect(jsonPath("$.years", hasSize(6)));
    }
}
