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
 * The views of the work of coordination (Tables de concertation, Guichet intégré, Gestion de cas,
 * Identités des coordinateurs, Compte consolidé de la coordination)
 * in headless Chromium, each on its fixture of {@code src/test/resources/coordination/} and
 * against the figures its README works out by hand. Signed in as the admin; screenshots land in
 * {@code target/screenshots/}.
 */
@BrowserTestApp
class CoordinationPagesBrowserTest {

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
    static void forgetTheFixtures(@Autowired Driver driver) {
        TestGraph.clear(driver);
    }

    private void load(String fixture) {
        TestGraph.clear(driver);
        importer.importBundle(Path.of("src/test/resources/coordination", fixture));
        SignIn.as(browser, base(), "admin");
        Chromium.consoleProblems(browser);
    }

    @Test
    void tablesViewListsTheAbsentKeyPartnersInRankOrderAndEveryStructuresAttendance() {
        load("tables");
        open("tables", "t=terr&from=2024-01-01&to=2024-12-31");

        List<WebElement> absent = waitForAll(By.cssSelector("#absent-key-partners li"));
        assertThat(absent).extracting(li -> li.getDomAttribute("data-structure")).containsExactly("ssiad", "saad");
        assertThat(absent.get(0).getText()).isEqualTo("SSIAD de la commune A");
        assertThat(browser.findElements(By.cssSelector("#tables-attendance tbody tr"))).hasSize(6);
        assertThat(browser.findElement(By.cssSelector("#tables-attendance tr[data-row-id='dac']")).getText())
                .isEqualTo("DAC du territoire 1 1 1");
        assertThat(browser.findElements(By.cssSelector("#tables-meetings tbody tr"))).hasSize(3);
        assertThat(browser.findElement(By.cssSelector("#tables-meetings thead")).getText()).contains("Structures présentes");
        assertThat(Chromium.consoleProblems(browser)).isEmpty();
        Chromium.screenshot(browser, "tables-de-concertation");
    }

    @Test
    void guichetViewShowsEachReceivingStructureWithItsDelayAndItsLateReferrals() {
        load("guichet");
        open("guichet", "t=terr&from=2024-01-01&to=2024-12-31");

        waitForAll(By.cssSelector("#guichet tbody tr"));
        assertThat(browser.findElements(By.cssSelector("#guichet tbody tr"))).extracting(tr -> tr.getDomAttribute("data-row-id"))
                .containsExactly("ccas", "dac", "saad");
        assertThat(browser.findElement(By.cssSelector("#guichet tr[data-row-id='dac']")).getText())
                .isEqualTo("DAC du territoire 4 3 4,0 1 1 0 1 1");
        assertThat(browser.findElement(By.cssSelector("#guichet tr[data-row-id='ccas']")).getText())
                .isEqualTo("CCAS de la commune A 1 0 — 0 0 1 1 0");
        assertThat(Chromium.consoleProblems(browser)).isEmpty();
        Chromium.screenshot(browser, "guichet-integre");
    }

    @Test
    void caseloadsViewShowsEachManagerAgainstTheReferenceAndThePersonsWaiting() {
        load("caseloads");
        open("gestion-de-cas", "t=terr&from=2024-01-01&to=2024-06-30");

        waitForAll(By.cssSelector("#caseloads tbody tr"));
        assertThat(browser.findElement(By.cssSelector("#caseloads tr[data-row-id='p1']")).getText())
                .isEqualTo("p1 DAC du territoire infirmière 2 5 % 1 1");
        assertThat(browser.findElement(By.id("caseload-waiting")).getText()).isEqualTo("2");
        assertThat(browser.findElements(By.cssSelector("#caseloads-origin tbody tr"))).hasSize(3);
        assertThat(Chromium.consoleProblems(browser)).isEmpty();
        Chromium.screenshot(browser, "gestion-de-cas");
    }

    @Test
    void coordinatorsViewPlacesEachStructureAndProfessionalInItsQuadrant() {
        load("coordinators");
        open("coordinateurs", "t=terr&from=2024-01-01&to=2024-12-31");

        waitForAll(By.cssSelector("#coordinators tbody tr"));
        assertThat(actors("referent-parcours")).containsExactly("dac", "cg1", "gc1");
        assertThat(actors("referent-frontiere")).containsExactly("reseau");
        assertThat(actors("consultant-parcours")).containsExactly("clic", "cl1");
        assertThat(actors("consultant-frontiere")).containsExactly("emg", "ssh");
        assertThat(browser.findElement(By.cssSelector("[data-quadrant='referent-parcours'] h3")).getText())
                .isEqualTo("Référent parcours (1 structure, 2 professionnels)");
        assertThat(browser.findElement(By.cssSelector("[data-quadrant='referent-parcours'] li[data-actor='dac']")).getText())
                .isEqualTo("DAC du territoire DAC (dispositif d'appui à la coordination)\n4 pers., 3 suivies, 2 à l'hôpital");
        assertThat(browser.findElement(By.id("coordinators-unclassified")).getText()).contains("pil (Pilote MAIA / DAC)");
        assertThat(browser.findElements(By.cssSelector("#coordinators tbody tr"))).hasSize(9);
        assertThat(Chromium.consoleProblems(browser)).isEmpty();
        Chromium.screenshot(browser, "identites-des-coordinateurs");
    }

    @Test
    void fundingViewShowsTheAccountPerYearFunderAndPurposeWithItsStackedBars() {
        load("funding");
        open("compte-consolide", "t=terr&from=2023-01-01&to=2025-12-31");

        waitForAll(By.cssSelector("#funding tbody tr"));
        assertThat(browser.findElements(By.cssSelector("#funding tbody tr"))).extracting(tr -> tr.getDomAttribute("data-row-id"))
                .containsExactly("2023", "2024", "2025");
        assertThat(spaced(browser.findElement(By.cssSelector("#funding thead")).getText()))
                .isEqualTo("Année Total Pour 1 000 hab. 75+ ? ARS Département CNSA Assurance maladie Commune");
        assertThat(spaced(browser.findElement(By.cssSelector("#funding tr[data-row-id='2024']")).getText()))
                .isEqualTo("2024 235 000 € 117 500 € 120 000 € 50 000 € 10 000 € 50 000 € 5 000 €");
        assertThat(spaced(browser.findElement(By.cssSelector("#funding-purposes thead")).getText()))
                .isEqualTo("Année Coordination Gestion de cas Pilotage Autre objet Objet non renseigné");
        assertThat(spaced(browser.findElement(By.cssSelector("#funding-purposes tr[data-row-id='2024']")).getText()))
                .isEqualTo("2024 170 000 € 30 000 € 10 000 € 5 000 € 20 000 €");
        assertThat(browser.findElements(By.cssSelector("#funding-chart rect[data-funder]"))).hasSize(6);
        assertThat(spaced(browser.findElement(By.id("funding-summary")).getText()))
                .isEqualTo("3 structures financées ; total des années : 335 000 €.");
        assertThat(Chromium.consoleProblems(browser)).isEmpty();
        Chromium.screenshot(browser, "compte-consolide");
    }

    private static List<String> actors(String quadrant) {
        return browser.findElements(By.cssSelector("[data-quadrant='" + quadrant + "'] li")).stream()
                .map(li -> li.getDomAttribute("data-actor")).toList();
    }

    /** French numbers are grouped with narrow no-break spaces, a header's help sits on its own line: one space each. */
    private static String spaced(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    private String base() {
        return "http://localhost:" + port + "/";
    }

    private void open(String view, String query) {
        browser.get(base() + "#/" + view + "?" + query);
    }

    private List<WebElement> waitForAll(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfAllElementsLocatedBy(by));
    }
}
