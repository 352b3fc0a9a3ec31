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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.maillage.TestGraph;
import fr.maillage.imports.BundleImporter;

/**
 * The strategic-table report's page in headless Chromium, under the Content-Security-Policy it
 * answers with: the browser applies its stylesheet (a style refused by the policy would leave the
 * legend's dots and the toolbar without colour). Shares its Spring context with the other browser
 * tests, and leaves them an empty graph.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"maillage.demo=false",
        "maillage.data-dir=target/test-db/${random.uuid}", "maillage.page-cache-bytes=67108864",
        "maillage.bolt.enabled=true"})
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
        ChromeDriver browser = Chromium.start(1200, 900);
        try {
            TestGraph.clear(driver);
            importer.importBundle(FIXTURE);
            browser.get("http://localhost:" + port + "/api/territories/nord/report?from=2025-01-01&to=2025-12-31");
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));

            assertThat(computed(browser, ".dot.sanitaire", "background-color")).isEqualTo("rgb(200, 65, 79)");
            assertThat(computed(browser, ".dot.medico-social", "background-color")).isEqualTo("rgb(227, 155, 45)");
            assertThat(computed(browser, ".dot.social", "background-color")).isEqualTo("rgb(31, 122, 140)");
            assertThat(computed(browser, ".toolbar", "background-color")).isEqualTo("rgb(237, 242, 247)");
            Chromium.screenshot(browser, "rapport-table-strategique");
        } finally {
            browser.quit();
            TestGraph.clear(driver);
        }
    }
}
