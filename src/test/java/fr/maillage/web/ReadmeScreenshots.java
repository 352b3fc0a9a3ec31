package fr.maillage.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The README's screenshots, taken from a running app with its demo (not a test): signs in as a
 * first user of the demo through the login page, opens each view and saves what headless
 * Chromium shows in {@code docs/screenshots/}.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/bench.cp) fr.maillage.web.ReadmeScreenshots \
 *   http://localhost:8080/ data/mots-de-passe-initiaux.txt docs/screenshots
 * </pre>
 */
public final class ReadmeScreenshots {

    private ReadmeScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        Map<String, String> passwords = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            String[] cells = line.split("\t");
            if (!line.startsWith("#") && cells.length >= 2) {
                passwords.put(cells[0], cells[1]);
            }
        }
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        ChromeDriver browser = Chromium.start(1400, 1000);
        try {
            take(browser, base, "pilote-nevers", passwords.get("pilote-nevers"), out, Map.of(
                    "meta-reseau", "#/reseau?t=agglo-nevers",
                    "meta-reseau-coordination", "#/reseau?t=agglo-nevers&fold=coordination",
                    "situations-orphelines", "#/orphelins?t=agglo-nevers",
                    "chevauchements", "#/chevauchements?t=agglo-nevers",
                    "cartographie", "#/cartographie?t=agglo-nevers",
                    "histoire-du-territoire", "#/histoire?t=agglo-nevers&year=2025"));
            take(browser, base, "planificateur", passwords.get("planificateur"), out, Map.of(
                    "planificateur-meta-reseau", "#/reseau?t=morvan",
                    "compare", "comparer.html?territories=agglo-nevers,morvan"));
        } finally {
            browser.quit();
        }
    }

    /** Signs in as {@code user} (choosing a new password when asked) and saves each page. */
    private static void take(ChromeDriver browser, String base, String user, String password, Path out,
                             Map<String, String> pages) throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(base + "connexion.html");
        SignIn.submit(browser, user, password);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(b -> !b.getCurrentUrl().contains("connexion.html") || b.findElement(By.id("change-password")).isDisplayed());
        if (browser.getCurrentUrl().contains("connexion.html")) {
            String chosen = password + "-captures";
            browser.findElement(By.id("new-password")).sendKeys(chosen);
            browser.findElement(By.id("confirm-password")).sendKeys(chosen);
            browser.findElement(By.cssSelector("#change-password button[type=submit]")).click();
            wait.until(b -> !b.getCurrentUrl().contains("connexion.html"));
        }
        for (Map.Entry<String, String> page : pages.entrySet()) {
            browser.get(base + page.getValue());
            // the views draw after their answers arrive; the force layout settles in a few seconds
            Thread.sleep(12_000);
            Files.write(out.resolve(page.getKey() + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            System.out.println(page.getKey() + " : " + browser.getCurrentUrl());
        }
    }
}
