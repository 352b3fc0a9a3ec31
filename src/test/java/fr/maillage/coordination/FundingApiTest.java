package fr.maillage.coordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
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
 * {@code /funding} (the consolidated account of coordination, contract v1.2) against the answers
 * worked out by hand in {@code coordination/funding/README.md}, the same for a planner; the
 * comparison's indicators and the report's section built on it; French 400s for bad years.
 */
@MaillageTest
class FundingApiTest {

    private static final String PLANNER = "planificatrice-financements";
    private static final String TERR = "$[?(@.territoryId == 'terr')]";

    @Autowired WebApplicationContext context;
    @Autowired Driver driver;
    @Autowired BundleImporter importer;

    private MockMvc admin;
    private MockMvc planner;

    @BeforeEach
    void signInAndLoad() {
        admin = SignedIn.asAdmin(context);
        planner = SignedIn.asPlanner(context, PLANNER, "dep");
        Fixtures.load(driver, importer, "coordination/funding");
    }

    private ResultActions funding(MockMvc mvc, String territory, String from, String to) throws Exception {
        return mvc.perform(get("/api/territories/" + territory + "/funding").param("from", from).param("to", to));
    }

    @Test
    void everyYearOfTheRangeSumsTheFundingsOfTheEcologysStructuresZerosIncluded() throws Exception {
        funding(admin, "terr", "2023", "2025").andExpect(status().isOk())
                .andExpect(jsonPath("$.years[*].year", contains(2023, 2024, 2025)))
                .andExpect(jsonPath("$.years[*].total", contains(100000, 235000, 0)))
                .andExpect(jsonPath("$.years[*].per1000Aged75Plus", contains(50000.0, 117500.0, 0.0)))
                .andExpect(jsonPath("$.years[2].byFunder", aMapWithSize(0)))
                .andExpect(jsonPath("$.structureIds", contains("clic", "dac", "hop")));
    }

    @Test
    void aYearIsSplitByFunderAndByPurposeTheRowsWithoutOneApart() throws Exception {
        funding(admin, "terr", "2023", "2025").andExpect(status().isOk())
                .andExpect(jsonPath("$.years[1].byFunder.*", contains(120000, 50000, 10000, 50000, 5000)))
                .andExpect(jsonPath("$.years[1].byFunder.departement").value(50000))
                .andExpect(jsonPath("$.years[1].byFunder.commune").value(5000))
                .andExpect(jsonPath("$.years[1].byPurpose.*", contains(170000, 30000, 10000, 5000, 20000)))
                .andExpect(jsonPath("$.years[1].byPurpose.non_renseigne").value(20000))
                .andExpect(jsonPath("$.years[0].byPurpose.coordination").value(100000));
    }

    @Test
    void theRateIsUnknownWhereThePopulationAged75PlusIs() throws Exception {
        funding(admin, "far", "2024", "2024").andExpect(status().isOk())
                .andExpect(jsonPath("$.years[0].total").value(60000))
                .andExpect(jsonPath("$.years[0].per1000Aged75Plus").value(nullValue()));
    }

    @Test
    void aPlannerReadsTheSameAmounts() throws Exception {
        String forAdmin = funding(admin, "terr", "2023", "2025").andReturn().getResponse().getContentAsString();
        String forPlanner = funding(planner, "terr", "2023", "2025").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(forPlanner).isEqualTo(forAdmin);
    }

    @Test
    void badYearsAreAFrench400NamingTheParameterAndAnUnknownTerritoryIsNotFound() throws Exception {
        for (String[] years : new String[][] {{"-999999999", "2024"}, {"2024", "2025-01-01"}, {"1899", "2024"},
                {"2024", "999999999"}, {"2025", "2024"}, {"deux mille", "2024"}}) {
            String parameter = years[0].equals("2024") ? "to" : "from";
            funding(admin, "terr", years[0], years[1]).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value(parameter))
                    .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("nnée")));
        }
        admin.perform(get("/api/territories/nowhere/funding")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("Territoire inconnu : nowhere"));
    }

    @Test
    void theComparisonCarriesTheAccountOfTheWindowsYearsAndOfItsLastYearPerThousandAged75Plus() throws Exception {
        admin.perform(get("/api/compare").param("territories", "terr").param("expand", "false")
                        .param("from", "2024-01-01").param("to", "2024-12-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(TERR + ".values['funding.total']", contains(235000)))
                .andExpect(jsonPath(TERR + ".values['funding.lastYear']", contains(235000)))
                .andExpect(jsonPath(TERR + ".per1000['funding.lastYear']", contains(117500.0)))
                .andExpect(jsonPath(TERR + ".values['funding.lastYear.purpose.coordination']", contains(170000)));
        planner.perform(get("/api/compare").param("territories", "terr").param("expand", "false")
                        .param("from", "2023-07-01").param("to", "2024-06-30"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(TERR + ".values['funding.total']", contains(335000)))
                .andExpect(jsonPath(TERR + ".values['funding.lastYear']", contains(235000)));
    }

    @Test
    void theStrategicReportHasTheConsolidatedAccountYearByYear() throws Exception {
        String html = admin.perform(get("/api/territories/terr/report").param("from", "2024-01-01").param("to", "2024-12-31"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("10. Compte consolidé de la coordination", "3 structures financées", "235 000 €",
                "117 500 €", "Assurance maladie", "Objet non renseigné");
    }
}
