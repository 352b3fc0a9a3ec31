package fr.maillage.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Selenium through Debian's chromedriver, set explicitly so
 * that Selenium never downloads a browser or a driver.
 */
final class Chromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** Where the page's exports land. */
    static final Path DOWNLOADS = Path.of("target", "downloads");

    private Chromium() {
    }

    /**
     * A fresh headless browser; skips the caller with {@code -Dbrowser.tests=false}, and fails
     * when the browser is wanted but not installed (CI installs it, so a missing one is a broken machine).
     */
    static ChromeDriver start(int width, int height) {
        Assumptions.assumeFalse("false".equals(System.getProperty("browser.tests")),
                "browser tests skipped (-Dbrowser.tests=false)");
        if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
            fail("Browser tests need " + BINARY + " and " + DRIVER
                    + " (apt-get install chromium chromium-driver), or -Dbrowser.tests=false to skip them");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort()
                // the browser's own locale (dates in inputs, number formats) is French, as the page's users'
                .withEnvironment(Map.of("LANG", "fr_FR.UTF-8", "LANGUAGE", "fr")).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + freshProfile(), "--window-size=" + width + "," + height, "--lang=fr-FR");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr",
                "download.default_directory", DOWNLOADS.toAbsolutePath().toString(), "download.prompt_for_download", false));
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(180));
        return browser;
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    static void screenshot(ChromeDriver browser, String name) {
        try {
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path freshProfile() {
        try {
            return Files.createTempDirectory("maillage-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
