package fr.maillage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.maillage.TestGraph;
import fr.maillage.imports.BundleImporter;

/**
 * The strategic-table report's page in headless Chromium, under the Content-Security-Policy it
 * answers with: the browser applies its stylesheet (a style refused by the policy would leave the
 * legend's dots and the toolbar without colour). Shares its Spring context and its browser with
 * the other browser tests, signs in as the admin, and leaves them a graph without data.
 */
@BrowserTestApp
class ReportPageBrowserTest {

    private static final Path FIXTURE = Path.of("src/test/resources/report/two-territories");

    @LocalServerPort int port;
    @Autowired BundleImporter importer;
    @Autowired Driver driver;

    private static String computed(ChromeDriver browser, String selector, String property) {
        return (String) browser.executeScript("return getComputedStyle(document.querySelector(arguments[0]))"
                + ".getPropertyValue(arguments[1])", selector, property);
    }

    @Test
    void theBrowserAppliesTheReportsStylesheetUnderItsStrictPolicy() {
        ChromeDriver browser = Chromium.shared();
        try {
            TestGraph.clear(driver);
            importer.importBundle(FIXTURE);
            SignIn.as(browser, "http://localhost:" + port + "/", "admin");
            browser.get("http://localhost:" + port + "/api/territories/nord/report?from=2025-01-01&to=2025-12-31");
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));

            assertThat(computed(browser, ".dot.sanitaire", "background-color")).isEqualTo("rgb(200, 65, 79)");
            assertThat(computed(browser, ".dot.medico-social", "background-color")).isEqualTo("rgb(227, 155, 45)");
            assertThat(computed(browser, ".dot.social", "background-color")).isEqualTo("rgb(31, 122, 140)");
            assertThat(computed(browser, ".toolbar", "background-color")).isEqualTo("rgb(237, 242, 247)");
            Chromium.screenshot(browser, "rapport-table-strategique");
        } finally {
            TestGraph.clear(driver);
        }
    }
}
