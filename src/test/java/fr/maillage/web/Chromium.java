package fr.maillage.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium driven by Selenium through Debian's chromedriver, set explicitly so
 * that Selenium never downloads a browser or a driver.
 */
final class Chromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** Where the page's exports land. */
    static final Path DOWNLOADS = Path.of("target", "downloads");

    private static ChromeDriver shared;

    private Chromium() {
    }

    /**
     * The browser of the browser test classes, started (on an empty downloads folder) by the first
     * that asks and quit when the tests' JVM ends: one start for all of them.
     */
    static synchronized ChromeDriver shared() {
        if (shared == null) {
            FileSystemUtils.deleteRecursively(DOWNLOADS.toFile());
            ChromeDriver browser = start(1400, 1000);
            Runtime.getRuntime().addShutdownHook(new Thread(browser::quit));
            shared = browser;
        }
        return shared;
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
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
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

    /**
     * The console's errors and warnings since the last call (the browser empties its log as it is
     * read): a script error, a resource that failed, a Content-Security-Policy violation.
     */
    static List<String> consoleProblems(ChromeDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).toList();
    }

    private static Path freshProfile() {
        try {
            return Files.createTempDirectory("maillage-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
