package fr.maillage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.maillage.analysis.orphans.OrphanReason;
import fr.maillage.imports.BundleImporter;

/**
 * The page in headless Chromium against the app on the {@code vallee} fixture (expected answers
 * worked out in {@code src/test/resources/web/vallee/README.md}), signed in as the admin; every
 * view is compared with the API it draws. Screenshots land in {@code target/screenshots/}.
 */
@BrowserTestApp
class PageBrowserTest {

    private static final String WINDOW = "t=vallee&from=2018-07-01&to=2019-06-30";
    private static final Path FIXTURE = Path.of("src/test/resources/web/vallee");
    private static ChromeDriver browser;
    private static boolean ready;

    @LocalServerPort int port;
    @Autowired BundleImporter importer;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.shared();
    }

    @BeforeEach
    void fixtureAndAdmin() {
        if (!ready) {
            importer.importBundle(FIXTURE);
            SignIn.as(browser, base(), "admin");
            ready = true;
        }
    }

    @Test
    void networkDrawsOneNodePerStructureOfTheApi() {
        open("reseau", "");
        WebElement drawing = waitFor(By.cssSelector("#network[data-nodes-drawn]"));
        Map<String, Object> network = apiObject("/api/territories/vallee/network?from=2018-07-01&to=2019-06-30");
        List<Map<String, Object>> nodes = list(network.get("nodes"));
        assertThat(nodes).hasSize(12);
        assertThat(browser.findElements(By.cssSelector("#network g.node"))).hasSize(nodes.size());
        assertThat(drawing.getAttribute("data-nodes-drawn")).isEqualTo(String.valueOf(nodes.size()));
        assertThat(drawing.getAttribute("data-links-drawn")).isEqualTo(String.valueOf(list(network.get("links")).size()));
        assertThat(ids(browser.findElements(By.cssSelector("#network g.node")), "data-id"))
                .isEqualTo(nodes.stream().map(n -> (String) n.get("id")).collect(Collectors.toSet()));
        assertThat(browser.findElements(By.cssSelector("#network .link.declared")))
                .hasSize(list(network.get("partnerships")).size());
        Chromium.screenshot(browser, "meta-reseau");
    }

    @Test
    void clickingAStructureOpensItsPanelWithItsMeasures() {
        open("reseau", "");
        waitFor(By.cssSelector("#network[data-nodes-drawn]"));
        browser.findElement(By.cssSelector("#network g.node[data-id='maia'] circle.disc")).click();
        WebElement panel = waitFor(By.cssSelector("#panel[data-structure-id='maia']"));
        Map<String, Object> maia = apiList("/api/territories/vallee/key-partners?from=2018-07-01&to=2019-06-30")
                .stream().filter(p -> "maia".equals(p.get("structureId"))).findFirst().orElseThrow();
        assertThat(panel.findElement(By.tagName("h2")).getText()).isEqualTo("MAIA de la Vallée");
        assertThat(measure(panel, "degree")).isEqualTo(String.valueOf(maia.get("degree")));
        assertThat(measure(panel, "weightedDegree")).isEqualTo(String.valueOf(maia.get("weightedDegree")));
        assertThat(measure(panel, "betweenness")).isEqualTo(String.format(Locale.FRANCE, "%.3f", number(maia.get("betweenness"))));
        assertThat(measure(panel, "pagerank")).isEqualTo(String.format(Locale.FRANCE, "%.3f", number(maia.get("pagerank"))));
        assertThat(measure(panel, "articulationPoint")).isEqualTo(Boolean.TRUE.equals(maia.get("articulationPoint")) ? "oui" : "non");
        assertThat(measure(panel, "regularity")).isEqualTo(String.valueOf(maia.get("regularity")));
        assertThat(panel.findElements(By.cssSelector("[data-brokerage]"))).hasSize(5);
        assertThat(panel.getText()).contains("Type", "MAIA", "Médico-social", "Complexe, Extrême", "Accompagnement", "à partir de 60 ans", "80");
        assertThat(browser.getCurrentUrl()).contains("sel=maia");
        Chromium.screenshot(browser, "meta-reseau-panneau");
    }

    @Test
    void aStructuresPanelShowsItsCapacityAgainstDemandOnTheWindowsLastDay() {
        open("reseau", "&sel=ssiad");
        WebElement capacity = waitFor(By.cssSelector("#panel[data-structure-id='ssiad'] #panel-capacity [data-capacity='followed']"))
                .findElement(By.xpath("ancestor::section[@id='panel-capacity']"));
        assertThat(capacity.findElement(By.tagName("h3")).getText()).isEqualTo("Capacité et demande au 30/06/2019");
        assertThat(capacityCell(capacity, "followed")).as("README: P-VEUVE, P-PALL, P-DOUBLE").isEqualTo("3 / 60 (5 %)");
        assertThat(capacityCell(capacity, "waiting")).isEqualTo("0");
        assertThat(capacityCell(capacity, "refused")).isEqualTo("0");
        assertThat(capacityCell(capacity, "missing")).isEqualTo("0");
        assertThat(capacity.getAttribute("data-saturated")).isEqualTo("false");
        assertThat(capacity.getText()).doesNotContain("null").doesNotContain("Saturée");

        open("reseau", "&sel=clic");
        WebElement clic = waitFor(By.cssSelector("#panel[data-structure-id='clic'] #panel-capacity [data-capacity='refused']"));
        assertThat(clic.findElement(By.tagName("td")).getText()).as("README: R8 refused on 2019-04-15").isEqualTo("1");
        assertThat(clic.findElement(By.tagName("th")).getText()).startsWith("Refus sur 90 jours");

        open("reseau", "&sel=caisse");
        assertThat(waitFor(By.cssSelector("#panel[data-structure-id='caisse'] #panel-capacity [data-state='empty']")).getText())
                .startsWith("Aucune capacité déclarée");
    }

    private static String capacityCell(WebElement section, String key) {
        return section.findElement(By.cssSelector("[data-capacity='" + key + "'] td")).getText();
    }

    @Test
    void orphanListMatchesTheApi() {
        open("orphelins", "");
        waitFor(By.cssSelector("#orphans tbody tr"));
        List<Map<String, Object>> orphans = apiList("/api/territories/vallee/orphans?asOf=2019-06-30");
        Set<String> expected = orphans.stream().map(o -> (String) o.get("personId")).collect(Collectors.toSet());
        assertThat(expected).containsExactlyInAnyOrder("P-ATTENTE", "P-PALL", "P-PING", "P-SEUL");
        assertThat(ids(browser.findElements(By.cssSelector("#orphans tbody tr")), "data-row-id")).isEqualTo(expected);
        for (String reason : List.of("sans_interlocuteur", "ping_pong", "sans_reponse", "complexe_sans_gestionnaire", "besoin_non_couvert")) {
            long count = orphans.stream().filter(o -> ((List<?>) o.get("reasons")).contains(reason)).count();
            assertThat(browser.findElement(By.cssSelector("[data-reason-count='" + reason + "'] strong")).getText())
                    .as(reason).isEqualTo(String.valueOf(count));
        }
        assertThat(browser.findElements(By.cssSelector("#orphans tr[data-row-id='P-PING'] [data-reason]"))).hasSize(3);
        assertThat(browser.findElement(By.cssSelector("#orphans tr[data-row-id='P-PING'] [data-reason='ping_pong']"))
                .getAttribute("data-explain")).as("explained from the server's vocabulary")
                .isEqualTo(OrphanReason.PING_PONG.explanation());
        Chromium.screenshot(browser, "situations-orphelines");

        browser.findElement(By.cssSelector("#orphans tr[data-row-id='P-PING']")).click();
        waitFor(By.cssSelector("#parcours-events li"));
        assertThat(browser.getCurrentUrl()).contains("#/parcours?").contains("p=P-PING");
    }

    @Test
    void cartographieDrawsOneRegionPerStructure() {
        open("cartographie", "");
        waitFor(By.cssSelector("#cartographie path.region"));
        Map<String, Object> network = apiObject("/api/territories/vallee/network?from=2018-07-01&to=2019-06-30");
        List<Map<String, Object>> nodes = list(network.get("nodes"));
        Set<String> structures = nodes.stream()
                .filter(n -> !Boolean.FALSE.equals(n.get("inEcology")))
                .map(n -> (String) n.get("id")).collect(Collectors.toSet());
        assertThat(ids(browser.findElements(By.cssSelector("#cartographie path.region")), "data-structure-id")).isEqualTo(structures);
        assertThat(browser.findElements(By.cssSelector("#cartographie path.region"))).hasSize(structures.size());
        assertThat(browser.findElements(By.cssSelector("#cartographie path.region[data-approach='sur_mesure']"))).hasSize(3);
        // soins palliatifs: no structure of the fixture handles it, at any level
        assertThat(browser.findElements(By.cssSelector("#cartographie rect.uncovered[data-domain='soins_palliatifs']"))).hasSize(3);
        List<Map<String, Object>> persons = apiList("/api/territories/vallee/persons?asOf=2019-06-30");
        assertThat(browser.findElements(By.cssSelector("#cartographie circle.person"))).hasSize(persons.size());
        assertThat(ids(browser.findElements(By.cssSelector("#cartographie circle.person.orphan")), "data-person-id"))
                .containsExactlyInAnyOrder("P-ATTENTE", "P-PALL", "P-PING", "P-SEUL");
        Chromium.screenshot(browser, "cartographie");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("stage"))).selectByValue("reperage");
        waitFor(By.cssSelector("#stage option[value='reperage']:checked"));
        // repérage: CLIC, médecin traitant, caisse de retraite and CCAS declare that stage
        assertThat(ids(browser.findElements(By.cssSelector("#cartographie path.region")), "data-structure-id"))
                .containsExactlyInAnyOrder("clic", "medecin", "caisse", "ccas-h");
    }

    @Test
    void parcoursShowsEveryEventInOrder() {
        open("parcours", "&p=P-VEUVE");
        List<WebElement> items = waitForAll(By.cssSelector("#parcours-events li"));
        Object parcours = api("/api/persons/P-VEUVE/parcours");
        assertThat(items).hasSize(eventCount(parcours));
        List<String> dates = items.stream().map(li -> li.getAttribute("data-event-date")).toList();
        assertThat(dates).isSorted();
        assertThat(dates.get(0)).isEqualTo("2014-01-01");
        assertThat(dates.get(dates.size() - 1)).isEqualTo("2019-07-20");
        assertThat(browser.findElements(By.cssSelector("#parcours [data-flag='rupture']"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#parcours [data-flag='concurrent']"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#parcours path.referral"))).hasSize(8);
        assertThat(browser.findElements(By.cssSelector("#parcours .lane-label"))).hasSize(11);
        Chromium.screenshot(browser, "parcours");
    }

    @Test
    void overlapPairHighlightsBothStructuresOnTheNetwork() {
        open("chevauchements", "");
        WebElement pair = waitFor(By.cssSelector("#overlap-pairs [data-highlight]"));
        Set<String> both = Set.of(pair.getAttribute("data-highlight").split(","));
        Chromium.screenshot(browser, "chevauchements");
        pair.click();
        waitFor(By.cssSelector("#network g.node.highlight"));
        assertThat(ids(browser.findElements(By.cssSelector("#network g.node.highlight")), "data-id")).isEqualTo(both);
        assertThat(browser.findElement(By.cssSelector(".banner")).getText()).contains("mis en évidence");
    }

    @Test
    void overlapPairsNarrowToTheTypesTickedAndToCoordinationMissions() {
        open("chevauchements", "");
        waitFor(By.cssSelector("#overlap-pairs tbody tr"));
        String window = "from=2018-07-01&to=2019-06-30";
        Set<String> all = pairsOf("/api/territories/vallee/overlaps?" + window);
        assertThat(pairsShown()).isEqualTo(all);

        browser.findElement(By.id("coordination-only")).click();
        Set<String> missions = pairsOf("/api/territories/vallee/overlaps?" + window + "&coordination=mission");
        assertThat(missions).as("README: the MAIA and the réseau share cognitif x complexe, extrême x accompagnement")
                .containsExactly("maia,reseau");
        until(() -> pairsShown().equals(missions));
        assertThat(browser.getCurrentUrl()).contains("coord=mission");
        assertThat(browser.findElement(By.id("coordination-only")).isSelected()).isTrue();

        browser.findElement(By.id("coordination-only")).click();
        until(() -> !browser.getCurrentUrl().contains("coord=") && pairsShown().equals(all));
        waitFor(By.cssSelector("#pair-filters details.types summary")).click();
        waitFor(By.cssSelector("#pair-filters input[data-type='saad']")).click();
        Set<String> saad = pairsOf("/api/territories/vallee/overlaps?" + window + "&types=saad");
        assertThat(saad).containsExactly("saad1,saad2");
        until(() -> pairsShown().equals(saad));
        assertThat(browser.findElement(By.cssSelector("#pair-filters summary")).getText()).isEqualTo("Types : SAAD (aide à domicile)");
        Chromium.screenshot(browser, "chevauchements-filtres");
    }

    private Set<String> pairsShown() {
        return ids(browser.findElements(By.cssSelector("#overlap-pairs tbody tr")), "data-row-id");
    }

    private Set<String> pairsOf(String path) {
        return list(apiObject(path).get("structures")).stream().map(p -> (Map<?, ?>) p)
                .map(p -> p.get("a") + "," + p.get("b")).collect(Collectors.toSet());
    }

    private void until(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver -> condition.getAsBoolean());
    }

    @Test
    void orphanTableAndParcoursExportAsCsvAndSvg() throws Exception {
        open("orphelins", "");
        waitFor(By.cssSelector("#orphans tbody tr"));
        browser.findElement(By.cssSelector("[data-export='csv']")).click();
        List<String> csv = Files.readAllLines(download("situations-orphelines-vallee-2019-06-30.csv"));
        assertThat(csv.get(0)).isEqualTo("\ufeffPersonne (pseudonyme),Complexité,Besoins,Besoins non couverts,Motifs");
        assertThat(csv).hasSize(5)
                .contains("P-PING,complexe,logement;financier,logement,ping_pong;complexe_sans_gestionnaire;besoin_non_couvert");

        open("parcours", "&p=P-VEUVE");
        waitFor(By.cssSelector("#parcours-events li"));
        browser.findElement(By.cssSelector("[data-export='svg']")).click();
        String svg = Files.readString(download("parcours-P-VEUVE.svg"));
        assertThat(svg).startsWith("<svg").contains("xmlns=\"http://www.w3.org/2000/svg\"", "<style>", "Parcours de P-VEUVE",
                "EHPAD Les Glycines", "rupture");
    }

    @Test
    void networkViewLinksTheResearchExportsOfItsWindow() {
        open("reseau", "");
        waitFor(By.cssSelector("#network[data-nodes-drawn]"));
        List<WebElement> links = browser.findElements(By.cssSelector("[data-research-export]"));
        assertThat(ids(links, "data-research-export")).isEqualTo(Set.of("gexf", "graphml", "csv"));
        String gexf = links.stream().filter(l -> "gexf".equals(l.getAttribute("data-research-export")))
                .findFirst().orElseThrow().getAttribute("href");
        assertThat(gexf).contains("/api/territories/vallee/export?format=gexf&from=2018-07-01&to=2019-06-30");
        Object body = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then((r) => r.text()).then(done, (e) => done(String(e)));
                """, gexf);
        assertThat((String) body).contains("<gexf").contains("version=\"1.3\"");
    }

    @Test
    void viewsAreAddressedByTheUrlAndTheBackButtonReturns() {
        open("reseau", "");
        waitFor(By.cssSelector("#network[data-nodes-drawn]"));
        browser.findElement(By.cssSelector("#views a[data-view='orphelins']")).click();
        waitFor(By.cssSelector("#orphans"));
        assertThat(browser.getCurrentUrl()).contains("#/orphelins?").contains("t=vallee").contains("from=2018-07-01");
        browser.navigate().back();
        waitFor(By.cssSelector("#network[data-nodes-drawn]"));
        assertThat(browser.findElement(By.cssSelector("#views a[aria-current='page']")).getText()).isEqualTo("Méta-réseau");
    }

    @Test
    void unknownTerritoryIsExplainedInFrench() {
        browser.get(base() + "#/reseau?t=nulle-part");
        WebElement error = waitFor(By.cssSelector("[data-state='error']"));
        assertThat(error.getText()).startsWith("Introuvable");
    }

    // --- helpers -------------------------------------------------------------------------------

    /** A file the page exported, once the browser has finished writing it. */
    private static Path download(String name) {
        Path file = Chromium.DOWNLOADS.resolve(name);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> Files.isRegularFile(file));
        return file;
    }

    private String base() {
        return "http://localhost:" + port + "/";
    }

    private void open(String view, String more) {
        browser.get(base() + "#/" + view + "?" + WINDOW + more);
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private List<WebElement> waitForAll(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfAllElementsLocatedBy(by));
    }

    /** An API answer, fetched by the page's own origin. */
    private Object api(String path) {
        return browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then((r) => r.json()).then(done, (e) => done(String(e)));
                """, path);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> apiObject(String path) {
        return (Map<String, Object>) api(path);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> apiList(String path) {
        return (List<Map<String, Object>>) api(path);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return (List<T>) value;
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static String measure(WebElement panel, String key) {
        return panel.findElement(By.cssSelector("[data-measure='" + key + "'] td")).getText();
    }

    private static Set<String> ids(List<WebElement> elements, String attribute) {
        return elements.stream().map(e -> e.getAttribute(attribute)).collect(Collectors.toSet());
    }

    /** Referrals, involvements and (when the answer has them) assessments of a parcours answer. */
    @SuppressWarnings("unchecked")
    private static int eventCount(Object parcours) {
        if (parcours instanceof List<?> events) {
            return events.size();
        }
        Map<String, Object> answer = (Map<String, Object>) parcours;
        if (answer.get("events") instanceof List<?> events) {
            return events.size();
        }
        List<Object> all = new ArrayList<>();
        for (String key : List.of("referrals", "involvements", "assessments")) {
            if (answer.get(key) instanceof List<?> part) {
                all.addAll(part);
            }
        }
        return all.size();
    }
}
