package fr.maillage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
import fr.maillage.demo.BundleGenerator;
import fr.maillage.demo.BundleSpec;
import fr.maillage.demo.BundleSpec.TerritorySize;
import fr.maillage.imports.BundleImporter;

/**
 * The comparison page (comparer des territoires) in headless Chromium against the app on the
 * {@code report/two-territories} fixture of {@code ComparisonTest} (expected figures worked out in
 * its README.md); every figure shown is also checked against {@code /api/compare}. A hundred
 * territories of the synthetic country, imported beside it (no id in common), check that the page
 * stays readable at that size. Screenshots land in {@code target/screenshots/}. Signed in as the admin.
 */
@BrowserTestApp
class ComparerPageBrowserTest {

    private static final String WINDOW = "from=2025-01-01&to=2025-12-31";
    private static final Path FIXTURE = Path.of("src/test/resources/report/two-territories");
    /** The last 12 months of the hundred territories' bundle, generated up to 2026-06-30. */
    private static final String COUNTRY_WINDOW = "from=2025-07-01&to=2026-06-30";
    private static final Path HUNDRED_TERRITORIES = Path.of("target", "browser-bundles", "cent-territoires");
    /**
     * The hundred rows are computed at each call (the browser tests keep no indicator rows): 6 to 7 s
     * on two cores right after the import, while the exchange logs are being built beside them, 2 s
     * after; a minute leaves a loaded machine its margin.
     */
    private static final Duration COMPARING_A_HUNDRED = Duration.ofSeconds(60);
    private static ChromeDriver browser;
    private static boolean imported;
    private static boolean hundredImported;

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

    @Test
    void hundredTerritoriesStayReadable() throws IOException {
        importHundredTerritories();
        browser.get(base() + "comparer.html?territories=t01&" + COUNTRY_WINDOW);
        waitFor(By.cssSelector("#bars g.bar"));

        browser.findElement(By.id("picked")).click();
        int everyTerritory = visibleChecklist().size();
        WebElement filter = browser.findElement(By.id("territory-filter"));
        filter.sendKeys("territoire");
        List<String> hundred = IntStream.rangeClosed(1, 100).mapToObj(t -> String.format(Locale.ROOT, "t%02d", t)).toList();
        assertThat(visibleChecklist()).containsExactlyInAnyOrderElementsOf(hundred);
        assertThat(everyTerritory).isGreaterThan(hundred.size());
        browser.findElement(By.id("toggle-visible")).click();
        assertThat(browser.findElement(By.id("picked-count")).getText()).isEqualTo("100 territoires sélectionnés");
        assertThat(browser.findElement(By.id("toggle-visible")).getText()).isEqualTo("Décocher les visibles");
        filter.sendKeys(" 1");
        assertThat(visibleChecklist()).containsExactlyInAnyOrder("t01", "t10", "t11", "t12", "t13", "t14", "t15", "t16",
                "t17", "t18", "t19", "t100");
        Chromium.screenshot(browser, "comparer-filtre");
        filter.clear();
        filter.sendKeys("DEPARTEMENT 50");
        assertThat(visibleChecklist()).as("accents and case aside").containsExactly("dep-50");

        browser.findElement(By.cssSelector("#compare-form button[type=submit]")).click();
        new WebDriverWait(browser, COMPARING_A_HUNDRED)
                .until(b -> b.findElements(By.cssSelector("#bars g.bar")).size() == hundred.size());

        List<Map<String, Object>> bars = boxes("#bars g.bar", "text.label");
        assertThat(bars).extracting(bar -> (String) bar.get("territory")).containsExactlyInAnyOrderElementsOf(hundred);
        List<Double> referrals = bars.stream().map(bar -> sortKey(bar.get("value"))).toList();
        assertThat(referrals).doesNotContainNull().isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(referrals.stream().distinct().count()).isGreaterThan(5);
        Map<String, String> table = shownColumn("referrals");
        assertThat(bars).allSatisfy(bar -> assertThat(bar.get("figure")).as((String) bar.get("territory"))
                .isEqualTo(table.get((String) bar.get("territory"))));
        for (int i = 1; i < bars.size(); i++) {
            assertThat(top(bars.get(i))).as("rank " + i + " below rank " + (i - 1)).isGreaterThan(top(bars.get(i - 1)));
        }
        assertNoneOverlaps(bars);
        // the scatter names the points it has room for, and says how many it leaves to their tooltip
        assertNoneOverlaps(boxes("#scatter text.label", null));
        assertThat(browser.findElement(By.id("scatter")).getText()).containsPattern("\\d+ points sans étiquette");

        WebElement header = browser.findElement(By.cssSelector("#indicators th[data-key='referrals']"));
        assertThat(header.getCssValue("position")).isEqualTo("sticky");
        @SuppressWarnings("unchecked")
        Map<String, Object> scrolled = (Map<String, Object>) browser.executeScript("""
                const box = document.querySelector('.table-scroll');
                box.scrollTop = 800;
                const header = document.querySelector("#indicators th[data-key='referrals']").getBoundingClientRect();
                const hit = document.elementFromPoint((header.left + header.right) / 2, (header.top + header.bottom) / 2);
                return { scrollTop: box.scrollTop, boxTop: box.getBoundingClientRect().top, headerTop: header.top,
                         firstRowBottom: document.querySelector('#indicators tbody tr').getBoundingClientRect().bottom,
                         onTop: hit.closest('th')?.dataset.key ?? null };
                """);
        double boxTop = ((Number) scrolled.get("boxTop")).doubleValue();
        assertThat(((Number) scrolled.get("scrollTop")).doubleValue()).isEqualTo(800);
        assertThat(((Number) scrolled.get("firstRowBottom")).doubleValue()).as("the first row scrolled away").isLessThan(boxTop);
        // under the groups' row, itself at the top of the box
        assertThat(((Number) scrolled.get("headerTop")).doubleValue()).isBetween(boxTop, boxTop + 60);
        assertThat(scrolled.get("onTop")).isEqualTo("referrals");
        Chromium.screenshot(browser, "comparer-cent-territoires-tableau");

        assertThat(browser.findElements(By.cssSelector("#multiples .multiple"))).hasSize(12);
        assertThat(browser.findElement(By.id("multiples-note")).getText()).contains("12 premiers", "88 autres");
        browser.executeScript("document.getElementById('bars-section').scrollIntoView()");
        Chromium.screenshot(browser, "comparer-cent-territoires");
    }

    // --- helpers -------------------------------------------------------------------------------

    /**
     * The synthetic country's 100 DAC territories ({@code t01} to {@code t100}, two a département),
     * each of 30 persons, some 40 referrals a year and some 30 structures (its singletons, such as the
     * DAC, stay whatever the size asked), imported once beside the fixture.
     */
    private void importHundredTerritories() throws IOException {
        if (!hundredImported) {
            BundleGenerator.generate(BundleSpec.country(16, LocalDate.of(2026, 6, 30), 100, new TerritorySize(3, 30, 40)),
                    HUNDRED_TERRITORIES);
            importer.importBundle(HUNDRED_TERRITORIES);
            hundredImported = true;
        }
    }

    /** The ids of the checklist's territories the filter leaves visible. */
    @SuppressWarnings("unchecked")
    private static List<String> visibleChecklist() {
        return (List<String>) browser.executeScript("""
                return [...document.querySelectorAll('#territory-list label')].filter((label) => label.checkVisibility())
                  .map((label) => label.querySelector('input').value);
                """);
    }

    /**
     * The elements {@code selector} finds, in order: their territory, value and figure written (the
     * Classement's bars), and the box on screen of their {@code label} (themselves when null).
     */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> boxes(String selector, String label) {
        return (List<Map<String, Object>>) browser.executeScript("""
                return [...document.querySelectorAll(arguments[0])].map((element) => {
                  const box = (arguments[1] ? element.querySelector(arguments[1]) : element).getBoundingClientRect();
                  const value = element.dataset.value;
                  return { territory: element.dataset.territory ?? element.textContent,
                           value: value === undefined || value === '' ? null : value === '<5' ? value : Number(value),
                           figure: element.querySelector('text.figure')?.textContent,
                           top: box.top, bottom: box.bottom, left: box.left, right: box.right };
                });
                """, selector, label);
    }

    private static double top(Map<String, Object> box) {
        return ((Number) box.get("top")).doubleValue();
    }

    private static void assertNoneOverlaps(List<Map<String, Object>> boxes) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = 0; j < i; j++) {
                assertThat(overlap(boxes.get(i), boxes.get(j))).as(boxes.get(i).get("territory") + " on " + boxes.get(j).get("territory"))
                        .isFalse();
            }
        }
    }

    private static boolean overlap(Map<String, Object> a, Map<String, Object> b) {
        Function<String, Double> at = key -> ((Number) a.get(key)).doubleValue();
        Function<String, Double> bt = key -> ((Number) b.get(key)).doubleValue();
        return at.apply("left") < bt.apply("right") && bt.apply("left") < at.apply("right")
                && at.apply("top") < bt.apply("bottom") && bt.apply("top") < at.apply("bottom");
    }

    /** One column of the table as shown, by territory id. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> shownColumn(String key) {
        return (Map<String, String>) browser.executeScript("""
                return Object.fromEntries([...document.querySelectorAll('#indicators tbody tr')]
                  .map((tr) => [tr.dataset.territory, tr.querySelector(`td[data-key='${arguments[0]}']`).textContent]));
                """, key);
    }

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
