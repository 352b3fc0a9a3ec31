package fr.maillage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.maillage.TestGraph;
import fr.maillage.imports.BundleImporter;

/**
 * The méta-réseau view's mode "Structures de coordination" in headless Chromium on the fixture
 * {@code network/fold} (its README gives the folded graph): the toggle, the groups' labels, no
 * label over a node, keeping a structure apart from its group, the research exports following the
 * mode. Signed in as the admin; the screenshot lands in {@code target/screenshots/}.
 */
@BrowserTestApp
class FoldedNetworkBrowserTest {

    /** Every label's box against every node's disc or square and every other label, in screen pixels: the pairs that meet. */
    private static final String OVERLAPS = """
            const shapes = [...document.querySelectorAll('#network g.node')].map((g) => {
              const box = g.querySelector('.disc').getBoundingClientRect();
              return { id: g.dataset.id, square: g.querySelector('rect.disc') !== null,
                x: box.x + box.width / 2, y: box.y + box.height / 2, r: box.width / 2 };
            });
            const met = [];
            const labels = [];
            for (const g of document.querySelectorAll('#network g.node')) {
              const t = g.querySelector('text.label').getBoundingClientRect();
              // the glyphs' box is taller than the letters: a pixel of slack at each edge
              const box = { id: g.dataset.id, x0: t.x + 1, y0: t.y + 2, x1: t.right - 1, y1: t.bottom - 2 };
              for (const other of labels) {
                if (box.x0 < other.x1 && other.x0 < box.x1 && box.y0 < other.y1 && other.y0 < box.y1) met.push(`${box.id} sur ${other.id}`);
              }
              labels.push(box);
              for (const s of shapes) {
                const x = Math.max(box.x0, Math.min(s.x, box.x1));
                const y = Math.max(box.y0, Math.min(s.y, box.y1));
                const inside = s.square ? Math.abs(x - s.x) < s.r && Math.abs(y - s.y) < s.r : Math.hypot(x - s.x, y - s.y) < s.r;
                if (inside) met.push(`${g.dataset.id} sur ${s.id}`);
              }
            }
            return met;""";

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

    @Test
    void theCoordinationModeFoldsEveryOtherTypeIntoOneLabelledNodeAndAStructureCanBeKeptApart() {
        TestGraph.clear(driver);
        importer.importBundle(Path.of("src/test/resources/network/fold/bundle"));
        SignIn.as(browser, base(), "admin");
        Chromium.consoleProblems(browser);
        browser.get(base() + "#/reseau?t=terr&from=2025-01-01&to=2025-12-31");
        waitFor(By.cssSelector("#network[data-nodes-drawn='9']"));
        assertThat(browser.findElements(By.cssSelector("#network rect.disc"))).isEmpty();

        browser.findElement(By.id("fold-coordination")).click();
        waitFor(By.cssSelector("#network g.node[data-id='type:medecin_liberal']"));
        assertThat(browser.getCurrentUrl()).contains("fold=coordination");
        assertThat(nodeIds()).containsExactlyInAnyOrder("ccas", "clic", "dac", "hop", "type:medecin_liberal", "type:ssiad");
        assertThat(label("type:medecin_liberal")).isEqualTo("Médecins libéraux (3)");
        assertThat(label("type:ssiad")).isEqualTo("SSIAD (2)");
        assertThat(label("dac")).isEqualTo("DAC du territoire");
        assertThat(browser.findElements(By.cssSelector("#network rect.disc"))).hasSize(2);
        assertThat(browser.findElement(By.cssSelector("#network g.node[data-id='dac'] text.label")).getCssValue("font-size"))
                .isEqualTo("16px");
        assertThat(browser.findElement(By.cssSelector(".summary")).getText())
                .startsWith("4 structures nommées et 5 regroupées en 2 nœuds par type, 5 liens");
        assertThat(browser.findElement(By.cssSelector("[data-research-export='gexf']")).getDomAttribute("href"))
                .endsWith("&fold=coordination");
        // the layout settles; then no label lies over a node
        sleep(2500);
        assertThat((List<?>) browser.executeScript(OVERLAPS)).isEmpty();
        Chromium.screenshot(browser, "meta-reseau-coordination");

        browser.findElement(By.cssSelector("#network g.node[data-id='type:medecin_liberal'] rect.disc")).click();
        WebElement panel = waitFor(By.cssSelector("#panel[data-structure-id='type:medecin_liberal']"));
        assertThat(panel.findElements(By.cssSelector("#group-members li"))).extracting(li -> li.getDomAttribute("data-member"))
                .containsExactly("med3", "med2", "med1");
        assertThat(panel.getText()).contains("Regroupement de 3 structures", "Un regroupement par type n'en a pas");
        panel.findElement(By.cssSelector("[data-keep='med3']")).click();
        waitFor(By.cssSelector("#network g.node[data-id='med3']"));
        until(() -> "Médecins libéraux (2)".equals(label("type:medecin_liberal")));
        assertThat(browser.getCurrentUrl()).contains("keep=med3");
        WebElement kept = waitFor(By.cssSelector("#panel[data-structure-id='med3'] #keep-apart"));
        assertThat(kept.isSelected()).isTrue();
        assertThat(browser.findElement(By.cssSelector("[data-research-export='csv']")).getDomAttribute("href"))
                .endsWith("&fold=coordination&keep=med3");
        assertThat(Chromium.consoleProblems(browser)).isEmpty();
    }

    private List<String> nodeIds() {
        return browser.findElements(By.cssSelector("#network g.node")).stream().map(g -> g.getDomAttribute("data-id"))
                .collect(Collectors.toList());
    }

    private String label(String id) {
        return browser.findElement(By.cssSelector("#network g.node[data-id='" + id + "'] text.label")).getText();
    }

    private String base() {
        return "http://localhost:" + port + "/";
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private void until(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
