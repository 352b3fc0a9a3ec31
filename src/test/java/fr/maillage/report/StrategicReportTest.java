package fr.maillage.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import fr.maillage.MaillageTest;
import fr.maillage.TestGraph;
import fr.maillage.imports.BundleImporter;

/** The strategic-table report of the fixture {@code report/two-territories} (see its README.md). */
@MaillageTest
class StrategicReportTest {

    @Autowired Driver driver;
    @Autowired BundleImporter importer;
    @Autowired StrategicReports reports;
    @Autowired WebApplicationContext context;

    MockMvc http;

    @BeforeEach
    void fixture() {
        TestGraph.clear(driver);
        importer.importBundle(ComparisonTest.FIXTURE);
        http = MockMvcBuilders.webAppContextSetup(context).build();
    }

    private String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    @Test
    void thePdfOpensAndCarriesTheTerritoryNameAndItsOrphanCounts() throws Exception {
        byte[] pdf = http.perform(get("/api/territories/nord/report?from=2025-01-01&to=2025-12-31")
                        .accept(MediaType.APPLICATION_PDF))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        String text = pdfText(pdf);
        assertThat(text).contains("Nord", "table stratégique", "Situations orphelines au 31 décembre 2025 : 6",
                "Sans interlocuteur 6", "Situation complexe sans gestionnaire de cas <5", "Note de méthode");
        assertThat(text).contains("Situations orphelines 6 10 −4 3");
        assertThat(text).contains("Accès aux droits <5");
    }

    @Test
    void aPlainLinkGivesThePdfAndABrowserGetsThePrintablePage() throws Exception {
        byte[] pdf = http.perform(get("/api/territories/sud/report?from=2025-01-01&to=2025-12-31&format=pdf"))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(pdf)).contains("Sud", "Situations orphelines au 31 décembre 2025 : <5");
        String html = http.perform(get("/api/territories/sud/report?from=2025-01-01&to=2025-12-31")
                        .accept(MediaType.TEXT_HTML, MediaType.ALL))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<h1>Sud</h1>", "@media print", "<svg", "format=pdf");
        http.perform(get("/api/territories/sud/report?format=docx")).andExpect(status().isBadRequest());
        http.perform(get("/api/territories/atlantide/report")).andExpect(status().isNotFound());
    }

    @Test
    void thePagesPolicyAdmitsItsOneStyleElementByItsHashAndNothingInline() throws Exception {
        var answer = http.perform(get("/api/territories/nord/report?from=2025-01-01&to=2025-12-31"))
                .andExpect(status().isOk()).andReturn().getResponse();
        String html = answer.getContentAsString(StandardCharsets.UTF_8);
        String policy = answer.getHeader("Content-Security-Policy");

        assertThat(policy).contains("default-src 'none'", "frame-ancestors 'none'").doesNotContain("unsafe");
        Matcher styleSource = Pattern.compile("style-src '(sha256-[A-Za-z0-9+/=]+)';").matcher(policy);
        assertThat(styleSource.find()).as(policy).isTrue();
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
        assertThat(style.find()).isTrue();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(style.group(1).getBytes(StandardCharsets.UTF_8));
        assertThat(styleSource.group(1)).isEqualTo("sha256-" + Base64.getEncoder().encodeToString(digest));
        assertThat(style.group(1)).contains(".dot.sanitaire", "@page");
        assertThat(html).containsOnlyOnce("<style").doesNotContainPattern("(?i)\\sstyle\\s*=")
                .doesNotContain("<script", "javascript:");
    }

    @Test
    void theNearestStructuresToAnUncoveredNeedAreKeptOutByExactlyOneCriterion() {
        StrategicReport nord = reports.of("nord", ComparisonTest.YEAR_2025);
        assertThat(nord.uncoveredNeeds()).singleElement().satisfies(need -> {
            assertThat(need.domain()).isEqualTo("Accès aux droits");
            assertThat(need.persons()).isEqualTo("<5");
            assertThat(need.nearest()).extracting(StrategicReport.Candidate::name).containsExactly("CCAS Nord-A", "CLIC Sud");
            assertThat(need.nearest()).extracting(StrategicReport.Candidate::criterion)
                    .containsOnly(NearestStructures.Criterion.NEIGHBOURING_TERRITORY.label());
        });
        StrategicReport sud = reports.of("sud", ComparisonTest.YEAR_2025);
        assertThat(sud.uncoveredNeeds()).singleElement().satisfies(need -> {
            assertThat(need.domain()).isEqualTo("Entrée en institution");
            assertThat(need.nearest()).extracting(StrategicReport.Candidate::name).containsExactly("EHPAD Sud");
            assertThat(need.nearest()).extracting(StrategicReport.Candidate::criterion)
                    .containsExactly(NearestStructures.Criterion.CLOSED.label());
        });
    }

    @Test
    void partnersToEngageAreTheKeyPartnersWithTheArticulationPointsFlagged() {
        StrategicReport nord = reports.of("nord", ComparisonTest.YEAR_2025);
        // Betweenness: dac and hop each carry half of ssiad–ccas-a; hop has more exchanges (6 vs 5).
        assertThat(nord.partners()).first().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Hôpital Nord");
            assertThat(p.articulationPoint()).isFalse();
        });
        assertThat(nord.partners()).extracting(StrategicReport.Partner::name).doesNotContain("SAAD fermé");
        // Sud's own exchanges: r10 and r11, both from the CLIC, which alone links the DAC and the EHPAD.
        assertThat(reports.of("sud", ComparisonTest.YEAR_2025).partners()).first().satisfies(p -> {
            assertThat(p.name()).isEqualTo("CLIC Sud");
            assertThat(p.articulationPoint()).isTrue();
        });
        assertThat(nord.structurePairs()).extracting(StrategicReport.StructurePair::sharedPersons).containsOnly("<5");
    }
}
