package fr.maillage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.maillage.TestGraph;
import fr.maillage.imports.BundleImporter;

/**
 * The view « Histoire du territoire » in headless Chromium on {@code history/dac-merger}, against
 * the figures its README works out by hand: sizes per year, the year's absorptions, the phases,
 * the merger into the DAC, the méta-réseau of the chosen year drawn by the méta-réseau view; and
 * the planner's aggregates. Screenshots land in {@code target/screenshots/}.
 */
@BrowserTestApp
class HistoryPageBrowserTest {

    private static final String VIEW = "t=terr&fromYear=2021&toYear=2024";

    private static ChromeDriver browser;

    @LocalServerPort int port;
    @Autowired BundleImporter importer;
    @Autowired Driver driver;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.shared();
    }

    /** The context is shared with the other browser tests: leave them a graph without data. */
    @AfterAll
    static void forgetTheFixture(@Autowired Driver driver) {
        TestGraph.clear(driver);
    }

    private void load(String username) {
        TestGraph.clear(driver);
        importer.importBundle(Path.of("src/test/resources/history/dac-merger"));
        SignIn.as(browser, base(), "admin");
        if (!username.equals("admin")) {
            SignIn.account(browser, username, "planificateur", List.of("*"));
            SignIn.as(browser, base(), username);
        }
        Chromium.consoleProblems(browser);
    }

    @Test
    void historyReplaysTheYearsAndShowsWhatTheDacTookOverFromTheClic() {
        load("admin");
        open(VIEW + "&year=2023");

        waitFor(By.cssSelector("#history-network #network[data-nodes-drawn]"));
        assertThat(browser.findElements(By.cssSelector(".history-chart[data-series='links'] rect.bar"))).hasSize(4);
        assertThat(browser.findElement(By.cssSelector(".history-chart[data-series='links'] rect.bar.current")).getDomAttribute("data-year"))
                .isEqualTo("2023");
        assertThat(browser.findElement(By.id("history-year-label")).getText()).isEqualTo("2023");
        assertThat(browser.findElement(By.cssSelector("#history-year-structures [data-list='absorbed']")).getText())
                .isEqualTo("Absorptions : CLIC du territoire dans DAC du territoire (30/06/2023), "
                        + "Réseau de santé gérontologique dans DAC du territoire (30/06/2023)");
        assertThat(browser.findElement(By.cssSelector("#history-year-structures [data-list='opened']")).getText())
                .isEqualTo("Ouvertures : DAC du territoire");
        assertThat(browser.findElements(By.cssSelector("#history-phase-grid tr[data-row-id='ccas'] td[data-phase]")))
                .extracting(td -> td.getDomAttribute("data-phase"))
                .containsExactly("developpement", "developpement", "developpement", "routine_precaire");
        assertThat(browser.findElements(By.cssSelector("#history-phase-grid tr[data-row-id='dac'] td[data-phase]")))
                .extracting(td -> td.getDomAttribute("data-phase"))
                .containsExactly("", "pre_histoire", "developpement", "developpement");

        WebElement merger = browser.findElement(By.cssSelector(".merger[data-absorber='dac']"));
        assertThat(merger.findElement(By.tagName("h4")).getText())
                .isEqualTo("DAC du territoire a absorbé : CLIC du territoire (30/06/2023), Réseau de santé gérontologique (30/06/2023)");
        assertThat(merger.findElement(By.cssSelector(".merger-detail[data-structure='clic'] p")).getText())
                .contains("4 partenaires", "9 échanges avec lui", "6 repris par DAC du territoire, 2 reportés ailleurs, 1 perdu");
        assertThat(browser.findElements(By.cssSelector("#merger-clic tbody tr"))).extracting(tr -> tr.getDomAttribute("data-row-id"))
                .containsExactly("ccas", "ehpad", "hop", "ssiad");
        assertThat(browser.findElement(By.cssSelector("#merger-clic tr[data-row-id='ehpad']")).getText())
                .isEqualTo("EHPAD des Tilleuls 2 0 0 0 3 Reportés ailleurs");
        assertThat(browser.findElement(By.cssSelector("#merger-reseau tr[data-row-id='mj']")).getText()).endsWith("Perdus");
        assertThat(browser.findElements(By.cssSelector("#history-network #network .node"))).hasSize(9);
        assertThat(Chromium.consoleProblems(browser)).isEmpty();
        Chromium.screenshot(browser, "histoire-du-territoire");
        browser.executeScript("document.getElementById('history-phases').scrollIntoView()");
        Chromium.screenshot(browser, "histoire-du-territoire-cycle-de-vie");

        browser.findElement(By.cssSelector(".history-chart[data-series='links'] rect.bar[data-year='2021']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> b.findElement(By.id("history-year-label")).getText().equals("2021"));
        waitFor(By.cssSelector("#history-network #network[data-nodes-drawn]"));
        assertThat(browser.findElement(By.cssSelector("#history-network .view-head .summary")).getText())
                .contains("du 01/01/2021 au 31/12/2021");
        assertThat(browser.findElement(By.cssSelector("#history-year-structures [data-list='opened']")).getText())
                .isEqualTo("Ouvertures : CCAS de la ville, Réseau de santé gérontologique");

        // « Rejouer » steps from the year shown to the last one, then stops
        browser.findElement(By.id("history-play")).click();
        WebDriverWait replay = new WebDriverWait(browser, Duration.ofSeconds(30));
        replay.until(b -> b.findElement(By.id("history-year-label")).getText().equals("2022"));
        replay.until(b -> b.findElement(By.id("history-year-label")).getText().equals("2024"));
        replay.until(b -> b.findElement(By.id("history-play")).getText().equals("▶ Rejouer"));
        waitFor(By.cssSelector("#history-network #network[data-nodes-drawn]"));
        assertThat(browser.findElement(By.cssSelector("#history-network .view-head .summary")).getText())
                .contains("du 01/01/2024 au 31/12/2024");
        assertThat(Chromium.consoleProblems(browser)).isEmpty();
    }

    @Test
    void aPlannerSeesTheHistoryAsAggregatesWithTheMergersPartsMasked() {
        load("planificateur-histoire");
        open(VIEW + "&year=2023");

        waitFor(By.cssSelector("#history-network #network[data-nodes-drawn]"));
        assertThat(browser.findElement(By.cssSelector(".merger-detail[data-structure='clic'] p")).getText())
                .contains("4 partenaires", "8 orientations avec lui", "5 reprises par DAC du territoire, 2 reportées ailleurs, 1 perdue.",
                        "Orientations seules");
        assertThat(browser.findElement(By.cssSelector("#merger-clic tr[data-row-id='ssiad']")).getText())
                .isEqualTo("SSIAD du territoire <7 0 <6 <7 <7 Repris par l'absorbant");
        assertThat(browser.findElement(By.cssSelector(".merger-detail[data-structure='clic'] .merger-bar")).getText())
                .contains("5 reprises par DAC du territoire", "2 reportées ailleurs", "1 perdue");
        assertThat(browser.findElements(By.cssSelector("#history-phase-grid tr[data-row-id='reseau'] td[data-phase]")))
                .extracting(td -> td.getDomAttribute("data-phase"))
                .containsExactly("developpement", "routine_precaire", "absorption", "");
        assertThat(Chromium.consoleProblems(browser)).isEmpty();
        Chromium.screenshot(browser, "histoire-du-territoire-planificateur");
    }

    private String base() {
        return "http://localhost:" + port + "/";
    }

    private void open(String query) {
        browser.get(base() + "#/histoire?" + query);
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(by));
    }
}
