package fr.maillage.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import fr.maillage.MaillageTest;
import fr.maillage.TestGraph;
import fr.maillage.api.Window;
import fr.maillage.imports.BundleImporter;
import fr.maillage.report.Indicator.Kind;

/** Indicators of the hand-worked fixture {@code report/two-territories} (see its README.md). */
@MaillageTest
class ComparisonTest {

    static final Path FIXTURE = Path.of("src/test/resources/report/two-territories");
    static final Window YEAR_2025 = new Window(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"));
    /** Persons' pseudonymous ids in the fixture: p1 .. p12. */
    static final Pattern PERSON_ID = Pattern.compile("\"p\\d+\"|\\bp\\d+\\b");

    @Autowired Driver driver;
    @Autowired BundleImporter importer;
    @Autowired Comparisons comparisons;
    @Autowired TerritoryIndicators indicators;
    @Autowired WebApplicationContext context;

    MockMvc http;

    @BeforeEach
    void fixture() {
        TestGraph.clear(driver);
        importer.importBundle(FIXTURE);
        http = MockMvcBuilders.webAppContextSetup(context).build();
    }

    private Map<String, Object> values(String territoryId) {
        return comparisons.compare(List.of(territoryId), YEAR_2025, false).get(0).values();
    }

    @Test
    void structuresOfTheEcologyOpenDuringTheWindowAreCountedBySectorAndType() {
        IndicatorRow nord = comparisons.compare(List.of("nord"), YEAR_2025, false).get(0);
        assertThat(nord.values()).containsEntry("structures", 4L)
                .containsEntry("structures.sector.medico_social", 2L)
                .containsEntry("structures.sector.sanitaire", 1L)
                .containsEntry("structures.sector.social", 1L)
                .containsEntry("structures.type.dac", 1L)
                .containsEntry("structures.type.saad", 0L);
        assertThat(nord.per1000()).containsEntry("structures", 2.0);
        assertThat(values("sud")).containsEntry("structures", 2L).containsEntry("structures.type.ehpad", 0L);
    }

    @Test
    void referralsAboutTheTerritorysPersonsGiveStatusesRatesAndMedianDelay() {
        IndicatorRow nord = comparisons.compare(List.of("nord"), YEAR_2025, false).get(0);
        assertThat(nord.values()).as("about nord's persons: r1..r8, not r10 about p9 of sud")
                .containsEntry("referrals", 8L)
                .containsEntry("referrals.status.acceptee", "<5")
                .containsEntry("referrals.status.refusee", "<5")
                .containsEntry("referrals.status.en_attente", "<5")
                .containsEntry("referrals.acceptanceRate", null)
                .containsEntry("referrals.refusalRate", null)
                .containsEntry("referrals.redirectionRate", null)
                .containsEntry("referrals.answered", 6L)
                .containsEntry("referrals.medianResponseDays", 5.5);
        assertThat(nord.per1000()).containsEntry("referrals", 4.0).containsEntry("referrals.status.acceptee", null);
        assertThat(values("sud")).as("about p9 and p10 only, not those touching the département-wide DAC")
                .containsEntry("referrals", "<5")
                .containsEntry("referrals.status.acceptee", "<5")
                .containsEntry("referrals.acceptanceRate", null)
                .containsEntry("referrals.answered", "<5")
                .containsEntry("referrals.medianResponseDays", null);
    }

    @Test
    void sudWithoutAKnownPopulationAgedSeventyFivePlusHasNoRatesAndSaysSo() {
        IndicatorRow sud = comparisons.compare(List.of("sud"), YEAR_2025, false).get(0);
        assertThat(sud.per1000().values()).containsOnlyNulls();
        assertThat(sud.ratesNote()).contains("inconnue");
    }

    @Test
    void caseloadsAreActiveCaseManagementPerCaseManagerInPost() {
        assertThat(values("nord")).containsEntry("caseManagement.caseManagers", 2L)
                .containsEntry("caseManagement.situations", 5L)
                .containsEntry("caseManagement.meanCaseload", 2.5)
                .containsEntry("caseManagement.meanCaseloadVsReference", 0.0625)
                .containsEntry("caseManagement.maxCaseload", "<5")
                .containsEntry("caseManagement.overReference", 0L)
                .containsEntry("caseManagement.complexWithoutCaseManager", "<5");
        assertThat(values("sud")).containsEntry("caseManagement.caseManagers", 1L)
                .containsEntry("caseManagement.situations", "<5")
                .containsEntry("caseManagement.meanCaseload", null);
    }

    @Test
    void orphansOverlapsAndTheMetaNetworkComeFromTheirAnalyses() {
        IndicatorRow nord = comparisons.compare(List.of("nord"), YEAR_2025, false).get(0);
        assertThat(nord.values()).containsEntry("orphans", 6L)
                .containsEntry("orphans.reason.sans_interlocuteur", 6L)
                .containsEntry("orphans.reason.besoin_non_couvert", "<5")
                .containsEntry("uncoveredNeeds.domain.acces_droits", "<5")
                .containsEntry("overlaps.persons", "<5")
                .containsEntry("overlaps.structurePairs", 2L)
                .containsEntry("network.structures", 5L)
                .containsEntry("network.ties", 5L)
                .containsEntry("network.density", 0.5)
                .containsEntry("network.degreeCentralization", 0.4167)
                .containsEntry("network.crossSectorShare", 0.8)
                .containsEntry("network.articulationPoints", 0L)
                .containsEntry("network.components", 2L);
        assertThat(nord.per1000()).containsEntry("orphans", 3.0).containsEntry("orphans.reason.besoin_non_couvert", null);
    }

    @Test
    void everyPersonCountOfEveryRowBelowFiveReadsLessThanFiveAndWhatDerivesFromItIsHidden() {
        for (String territoryId : List.of("dep", "nord", "sud", "nord-a")) {
            for (Window window : List.of(YEAR_2025, Comparisons.previous(YEAR_2025, null, null))) {
                Map<String, Number> raw = indicators.raw(indicators.analyse(territoryId, window));
                IndicatorRow row = comparisons.compare(List.of(territoryId), window, false).get(0);
                for (Indicator indicator : Indicators.ALL) {
                    String key = indicator.key();
                    Object shown = row.values().get(key);
                    if (indicator.kind() == Kind.PERSON_COUNT) {
                        long count = raw.get(key).longValue();
                        assertThat(shown).as(territoryId + " " + key).isEqualTo(count < 5 ? "<5" : count);
                        if (count < 5) {
                            assertThat(row.per1000().get(key)).as(territoryId + " " + key).isNull();
                        }
                    } else if (indicator.base() != null && Indicators.get(indicator.base()).kind() == Kind.PERSON_COUNT
                            && raw.get(indicator.base()).longValue() < 5) {
                        assertThat(shown).as(territoryId + " " + key).isNull();
                    }
                }
            }
        }
    }

    @Test
    void aParentNamedAloneStandsForItsChildren() {
        assertThat(comparisons.compare(List.of("dep"), YEAR_2025, null)).extracting(IndicatorRow::territoryId)
                .containsExactly("nord", "sud");
        assertThat(comparisons.compare(List.of("dep"), YEAR_2025, false)).extracting(IndicatorRow::territoryId)
                .containsExactly("dep");
        assertThat(comparisons.compare(List.of("nord", "sud"), YEAR_2025, null)).extracting(IndicatorRow::territoryId)
                .containsExactly("nord", "sud");
        assertThat(comparisons.compare(List.of("dep", "sud"), YEAR_2025, true)).extracting(IndicatorRow::territoryId)
                .containsExactly("nord", "sud");
    }

    @Test
    void changesAreTheCurrentWindowMinusThePreviousOne() {
        Comparisons.Changes changes = comparisons.changes("nord", YEAR_2025, Comparisons.previous(YEAR_2025, null, null));
        assertThat(changes.previous().from()).isEqualTo(LocalDate.parse("2024-01-02"));
        assertThat(changes.previous().values()).containsEntry("orphans", 10L).containsEntry("structures", 5L)
                .containsEntry("referrals", "<5").containsEntry("network.ties", 1L);
        assertThat(changes.difference()).containsEntry("orphans", -4L).containsEntry("structures", -1L)
                .containsEntry("network.ties", 4L).containsEntry("referrals", null);
        assertThat(changes.difference().get("network.density").doubleValue()).isEqualTo(0.4, org.assertj.core.data.Offset.offset(1e-9));
        changes.current().values().forEach((key, now) -> {
            Object before = changes.previous().values().get(key);
            if (now instanceof Number a && before instanceof Number b) {
                assertThat(changes.difference().get(key).doubleValue()).as(key)
                        .isEqualTo(a.doubleValue() - b.doubleValue(), org.assertj.core.data.Offset.offset(1e-4));
            } else {
                assertThat(changes.difference().get(key)).as(key).isNull();
            }
        });
    }

    @Test
    void theApiAnswersRowsAndErrorsAsTheContractSays() throws Exception {
        http.perform(get("/api/compare?territories=dep&from=2025-01-01&to=2025-12-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].territoryId").value("nord"))
                .andExpect(jsonPath("$[0].values.orphans").value(6))
                .andExpect(jsonPath("$[0].values['referrals.status.refusee']").value("<5"));
        http.perform(get("/api/territories/nord/changes?from=2025-01-01&to=2025-12-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.difference.orphans").value(-4));
        http.perform(get("/api/compare?territories=nord,atlantide")).andExpect(status().isNotFound());
        http.perform(get("/api/compare?territories=nord&from=2025-13-01")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("from"));
        http.perform(get("/api/territories/atlantide/changes")).andExpect(status().isNotFound());
    }

    @Test
    void noPersonIdLeavesTheComparisonTheChangesOrTheReport() throws Exception {
        for (String path : List.of("/api/compare?territories=dep,nord,sud,nord-a&from=2025-01-01&to=2025-12-31",
                "/api/territories/nord/changes?from=2025-01-01&to=2025-12-31",
                "/api/territories/nord/report?from=2025-01-01&to=2025-12-31",
                "/api/territories/sud/report?from=2025-01-01&to=2025-12-31")) {
            String body = http.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(PERSON_ID.matcher(body).find()).as(path).isFalse();
        }
    }
}
