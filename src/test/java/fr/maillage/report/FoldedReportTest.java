package fr.maillage.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import fr.maillage.Fixtures;
import fr.maillage.MaillageTest;
import fr.maillage.api.Window;
import fr.maillage.imports.BundleImporter;
import fr.maillage.network.Fold;

/**
 * The report's snapshot of the méta-réseau, folded around its coordination structures by default,
 * on the fixture {@code network/fold} (its README, "Report snapshot").
 */
@MaillageTest
class FoldedReportTest {

    private static final Window YEAR = new Window(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    private static final String URL = "/api/territories/terr/report?from=2025-01-01&to=2025-12-31";

    @Autowired Driver driver;
    @Autowired BundleImporter importer;
    @Autowired StrategicReports reports;
    @Autowired WebApplicationContext context;

    @BeforeEach
    void foldFixture() {
        Fixtures.load(driver, importer, "network/fold/bundle");
    }

    @Test
    void theSnapshotIsFoldedByDefaultEveryNodeNumberedTheGroupsSquares() {
        StrategicReport report = reports.of("terr", YEAR);
        assertThat(report.numberedStructures()).containsExactly("DAC du territoire", "CLIC du territoire",
                "Médecins libéraux (3)", "SSIAD (2)", "Hôpital départemental");
        assertThat(report.networkSvg()).containsPattern("(<rect [^>]*/>.*){2}").doesNotContain("Cabinet médical");
        assertThat(report.networkCaption()).startsWith("9 structures (dont 0 hors du territoire qui ont échangé avec lui), "
                + "10 liens observés").contains("4 structures nommées", "les 5 autres regroupées en 2 nœuds, un par type",
                "les 5 plus reliées", "chaque nœud dessiné est numéroté");
        // the other sections read the whole méta-réseau: the DAC's partners are structures, not groups
        assertThat(report.partners()).extracting(StrategicReport.Partner::name).contains("Cabinet médical du Port")
                .doesNotContain("Médecins libéraux (3)");
    }

    @Test
    void foldNoneDrawsTheWholeMetaNetworkAsBeforeAndAKeptStructureIsNamed() {
        StrategicReport whole = reports.of("terr", YEAR, Fold.NONE);
        assertThat(whole.numberedStructures()).hasSize(8).contains("Cabinet médical de la Gare", "SSIAD Nord");
        assertThat(whole.networkSvg()).doesNotContain("<rect");
        assertThat(whole.networkCaption()).endsWith("les plus reliées sont numérotées.");
        StrategicReport kept = reports.of("terr", YEAR, new Fold(true, List.of("med3")));
        assertThat(kept.numberedStructures()).contains("Cabinet médical de la Gare", "Médecins libéraux (2)");
        assertThat(kept.networkCaption()).contains("les structures choisies");
    }

    @Test
    void theReportTakesTheFoldParametersAndItsPdfLinkKeepsThem() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).build();
        String html = http.perform(get(URL + "&keep=med3")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Médecins libéraux (2)", "Cabinet médical de la Gare",
                "?from=2025-01-01&amp;to=2025-12-31&amp;fold=coordination&amp;keep=med3&amp;format=pdf");
        assertThat(http.perform(get(URL + "&fold=none")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Médecins libéraux (").contains("&amp;fold=none&amp;format=pdf");
        http.perform(get(URL + "&fold=rien")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("fold"));
        http.perform(get(URL + "&fold=none&keep=med3")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("keep"));
        http.perform(get(URL + "&keep=ailleurs")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("keep"));
    }
}
