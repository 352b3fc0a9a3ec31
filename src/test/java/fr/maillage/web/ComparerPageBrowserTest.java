package fr.maillage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.maillage.TestGraph;
import fr.maillage.imports.BundleImporter;

/**
 * The comparison page (comparer des territoires) in headless Chromium against the app on the
 * {@code report/two-territories} fixture of {@code ComparisonTest} (expected figures worked out in
 * its README.md); every figure shown is also checked against {@code /api/compare}. Screenshots land
 * in {@code target/screenshots/}. Signed in as the admin.
 */
@BrowserTestApp
class ComparerPageBrowserTest {

    private static final String WINDOW = "from=2025-01-01&to=2025-12-31";
    private static final Path FIXTURE = Path.of("src/test/resources/report/two-territories");
    private static ChromeDriver browser;
    private static boolean imported;

    @LocalServerPort int port;
    @Autowired BundleImporter importer;
    @Autowired Driver driver;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.shared();
    }

    /**
     * The Spring context, and so the database, is shared with the other browser tests, whose
     * fixtures have structure ids in common with this one: each leaves the others a graph without
     * data (the accounts they sign in with stay).
     */
    @AfterAll
    static void forgetTheFixture(@Autowired Driver driver) {
        TestGraph.clear(driver);
    }

    @BeforeEach
    void fixtureAndAdmin() {
        if (!imported) {
            TestGraph.clear(driver);
            importer.importBundle(FIXTURE);
            SignIn.as(browser, base(), "admin");
            imported = true;
        }
    }

    @Test
    void tableShowsEachTerritoryWithItsFiguresAndItsRatePerThousandAged75Plus() {
        compare("nord,sud,dep");
        List<Map<String, Object>> rows = apiRows("nord,sud,dep");
        assertThat(shownTerritories()).containsExactly("nord", "sud", "dep");
        assertThat(browser.findElements(By.cssSelector("#indicators tbody td.territory")))
                .extracting(td -> td.getText().replace("rapport", "").strip())
                .containsExactly("Nord", "Sud", "Département test");

        // hand-worked in the fixture's README
        assertThat(shown("nord", "structures")).isEqualTo("4");
        assertThat(shown("sud", "structures")).isEqualTo("2");
        // contract v1.3: the referrals about each territory's persons
        assertThat(shown("nord", "referrals")).isEqualTo("8");
        assertThat(shown("sud", "referrals")).isEqualTo("<5");
        assertThat(shown("nord", "referrals.acceptanceRate")).isEqualTo("—");
        assertThat(shown("nord", "referrals.medianResponseDays")).isEqualTo("5,5");
        assertThat(shown("sud", "referrals.medianResponseDays")).isEqualTo("—");
        assertThat(shown("nord", "orphans")).isEqualTo("6");
        assertThat(shown("nord", "network.density")).isEqualTo("0,5");
        assertThat(shown("nord", "network.crossSectorShare")).isEqualTo("0,8");
        assertThat(shown("nord", "caseManagement.meanCaseload")).isEqualTo("2,5");
        // "Masquer les indicateurs nuls partout" is on: a count reading "<5" everywhere may be 1 to 4 persons, so it stays
        assertThat(rows).allSatisfy(row -> assertThat(((Map<?, ?>) row.get("values")).get("overlaps.persons")).isEqualTo("<5"));
        assertThat(shown("nord", "overlaps.persons")).isEqualTo("<5");
        assertThat(browser.findElement(By.id("table-summary")).getText()).contains("du 01/01/2025 au 31/12/2025");
        assertEveryCellIsTheApiFigure(rows, "values");
        Chromium.screenshot(browser, "comparer");

        browser.findElement(By.id("per1000")).click();
        waitFor(By.cssSelector("#per1000:checked"));
        assertThat(shown("nord", "structures")).isEqualTo("2");
        assertThat(shown("nord", "referrals")).isEqualTo("4");
        assertThat(shown("nord", "orphans")).isEqualTo("3");
        assertThat(shown("nord", "caseManagement.situations")).isEqualTo("2,5");
        // sud's population aged 75+ is unknown: no rate, and the summary says why
        assertThat(shown("sud", "structures")).isEqualTo("—");
        assertThat(shown("sud", "referrals")).isEqualTo("—");
        assertThat(browser.findElement(By.id("table-summary")).getText())
                .contains("population 75+ inconnue").endsWith(": Sud");
        assertEveryCellIsTheApiFigure(rows, "per1000");
        Chromium.screenshot(browser, "comparer-pour-1000");
    }

    @Test
    void personCountsBelowFiveReadLessThanFiveAndTheRatesDerivedFromThemAreNotShown() {
        compare("nord,sud");
        browser.findElement(By.id("hide-empty")).click();
        new Select(browser.findElement(By.id("group"))).selectByValue("Orientations");
        waitFor(By.cssSelector("#indicators th[data-key='referrals.status.refusee']"));
        // nord: acceptee 4, refusee, reorientee, en_attente, sans_reponse 1 each
        for (String status : List.of("acceptee", "refusee", "reorientee", "en_attente", "sans_reponse")) {
            assertThat(shown("nord", "referrals.status." + status)).as(status).isEqualTo("<5");
            assertThat(cell("nord", "referrals.status." + status).getAttribute("class")).as(status).contains("small");
        }
        assertThat(shown("nord", "referrals.refusalRate")).isEqualTo("—");
        assertThat(shown("nord", "referrals.redirectionRate")).isEqualTo("—");
        assertThat(shown("nord", "referrals.acceptanceRate")).isEqualTo("—");
        // sud: 1 accepted of 2, so its acceptance rate is hidden
        assertThat(shown("sud", "referrals.status.acceptee")).isEqualTo("<5");
        assertThat(shown("sud", "referrals.acceptanceRate")).isEqualTo("—");
        Chromium.screenshot(browser, "comparer-petits-effectifs");

        browser.findElement(By.id("per1000")).click();
        waitFor(By.cssSelector("#per1000:checked"));
        // 8 referrals about nord's persons: 4 per 1,000; 4 accepted is a small count, so no rate
        assertThat(shown("nord", "referrals")).isEqualTo("4");
        assertThat(shown("nord", "referrals.status.acceptee")).isEqualTo("—");
        assertThat(shown("nord", "referrals.status.refusee")).isEqualTo("—");
        assertThat(shown("sud", "referrals.status.acceptee")).isEqualTo("—");
    }

    @Test
    void sortingByAColumnReordersTheRowsAndTheCsvExportKeepsThatOrderAndTheApiFigures() throws Exception {
        compare("nord,sud,dep");
        List<Map<String, Object>> rows = apiRows("nord,sud,dep");
        Function<Map<String, Object>, Double> referrals = row -> sortKey(values(row).get("referrals"));
        // as on the page: no figure sorts last either way
        Comparator<Map<String, Object>> byReferrals = Comparator.comparing(referrals, Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<Map<String, Object>> byReferralsDown = Comparator.comparing(referrals, Comparator.nullsLast(Comparator.reverseOrder()));

        browser.findElement(By.cssSelector("#indicators th[data-key='referrals']")).click();
        waitFor(By.cssSelector("#indicators th[data-key='referrals'][aria-sort='descending']"));
        List<String> descending = rows.stream().sorted(byReferralsDown).map(r -> (String) r.get("territoryId")).toList();
        assertThat(shownTerritories()).isEqualTo(descending).containsSubsequence("nord", "sud");

        browser.findElement(By.cssSelector("#indicators th[data-key='referrals']")).click();
        waitFor(By.cssSelector("#indicators th[data-key='referrals'][aria-sort='ascending']"));
        List<String> ascending = rows.stream().sorted(byReferrals).map(r -> (String) r.get("territoryId")).toList();
        assertThat(shownTerritories()).isEqualTo(ascending).containsSubsequence("sud", "nord");

        Path file = Chromium.DOWNLOADS.resolve("maillage-comparaison-2025-01-01-2025-12-31.csv");
        Files.deleteIfExists(file);
        browser.findElement(By.id("csv")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> Files.isRegularFile(file));
        List<String> csv = Files.readAllLines(file);
        assertThat(csv.get(0)).startsWith("\ufeffterritoire_id,territoire,du,au,population_75_plus,");
        List<String> header = Arrays.asList(csv.get(0).substring(1).split(",", -1));
        List<String> columns = browser.findElements(By.cssSelector("#indicators th.indicator")).stream()
                .map(th -> th.getAttribute("data-key")).toList();
        assertThat(header.subList(5, header.size())).isEqualTo(columns);
        assertThat(csv).hasSize(1 + rows.size());
        assertThat(csv.subList(1, csv.size())).extracting(line -> line.split(",", -1)[0]).isEqualTo(ascending);
        Map<String, Map<String, Object>> byId = rows.stream()
                .collect(Collectors.toMap(r -> (String) r.get("territoryId"), Function.identity()));
        for (String line : csv.subList(1, csv.size())) {
            String[] cells = line.split(",", -1);
            Map<String, Object> row = byId.get(cells[0]);
            assertThat(cells).hasSize(header.size());
            assertThat(cells[1]).isEqualTo(row.get("territoryName"));
            assertThat(cells[4]).isEqualTo(row.get("population75Plus") == null ? "" : String.valueOf(row.get("population75Plus")));
            for (int i = 5; i < header.size(); i++) {
                Object value = values(row).get(header.get(i));
                assertThat(cells[i]).as(cells[0] + " " + header.get(i)).isEqualTo(value == null ? "" : String.valueOf(value));
            }
        }
        assertThat(csv).anySatisfy(line -> assertThat(line).startsWith("nord,Nord,2025-01-01,2025-12-31,2000,4,"));
    }

    @Test
    void unknownTerritoryIsExplainedInFrench() {
        browser.get(base() + "comparer.html?territories=nord,atlantide&" + WINDOW);
        WebElement error = waitFor(By.cssSelector("#status [data-state='error']"));
        assertThat(error.getText()).startsWith("Introuvable").contains("Territoire inconnu", "atlantide");
        assertThat(browser.findElement(By.id("table-section")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("charts-section")).isDisplayed()).isFalse();
        Chromium.screenshot(browser, "comparer-erreur");
    }

    // --- helpers -------------------------------------------------------------------------------

    private String base() {
        return "http://localhost:" + port + "/";
    }

    /** Opens the page on the fixture's year for those territories and waits for its table. */
    private void compare(String territories) {
        browser.get(base() + "comparer.html?territories=" + territories + "&" + WINDOW);
        waitFor(By.cssSelector("#indicators tbody tr"));
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private static List<String> shownTerritories() {
        return browser.findElements(By.cssSelector("#indicators tbody tr")).stream()
                .map(tr -> tr.getAttribute("data-territory")).toList();
    }

    private static WebElement cell(String territoryId, String key) {
        return browser.findElement(By.cssSelector("#indicators tr[data-territory='" + territoryId + "'] td[data-key='" + key + "']"));
    }

    private static String shown(String territoryId, String key) {
        return cell(territoryId, key).getText();
    }

    /** Every indicator cell of the table reads the API's figure (its {@code values} or its {@code per1000}) as the page formats it. */
    private void assertEveryCellIsTheApiFigure(List<Map<String, Object>> rows, String field) {
        Map<String, Map<String, Object>> catalogue = new LinkedHashMap<>();
        apiList("/api/compare/indicators").forEach(i -> catalogue.put((String) i.get("key"), i));
        List<WebElement> cells = browser.findElements(By.cssSelector("#indicators tbody td[data-key]"));
        assertThat(cells).hasSizeGreaterThan(rows.size() * 10);
        for (Map<String, Object> row : rows) {
            String id = (String) row.get("territoryId");
            for (WebElement td : browser.findElements(By.cssSelector("#indicators tr[data-territory='" + id + "'] td[data-key]"))) {
                Map<String, Object> indicator = catalogue.get(td.getAttribute("data-key"));
                boolean rate = "per1000".equals(field) && Boolean.TRUE.equals(indicator.get("perThousand"));
                Object value = ((Map<?, ?>) row.get(rate ? "per1000" : "values")).get(indicator.get("key"));
                assertThat(td.getText()).as(id + " " + indicator.get("key")).isEqualTo(asThePageShows(value, (String) indicator.get("kind")));
            }
        }
    }

    /** A figure as the page writes it: French numbers, shares in per cent, "—" when there is none. */
    private static String asThePageShows(Object value, String kind) {
        if (value == null) {
            return "—";
        }
        if (value instanceof String small) {
            return small;
        }
        NumberFormat french = NumberFormat.getInstance(Locale.FRANCE);
        french.setRoundingMode(RoundingMode.HALF_UP);
        double number = ((Number) value).doubleValue();
        if ("SHARE".equals(kind)) {
            french.setMaximumFractionDigits(1);
            return french.format(number * 100) + " %";
        }
        french.setMaximumFractionDigits(2);
        return french.format(number);
    }

    /** The page's sort key: "<5" between four and five, nothing last. */
    private static Double sortKey(Object value) {
        if ("<5".equals(value)) {
            return 4.5;
        }
        return value instanceof Number number ? number.doubleValue() : null;
    }

    private List<Map<String, Object>> apiRows(String territories) {
        return apiList("/api/compare?territories=" + territories + "&" + WINDOW + "&expand=false");
    }

    /** An API answer, fetched by the page's own origin. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> apiList(String path) {
        return (List<Map<String, Object>>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then((r) => r.json()).then(done, (e) => done(String(e)));
                """, path);
    }

    private static Map<?, ?> values(Map<String, Object> row) {
        return (Map<?, ?>) row.get("values");
    }
}
