package fr.maillage.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Frame times of the méta-réseau page with 1,000 and 5,000 synthetic structures (about 4 links per
 * node) in headless Chromium: while the worker lays the graph out, and while zooming. Not a test (its name
 * keeps it out of the suite): run it with
 * {@code mvn -B test -Dtest=NetworkPageBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; it prints
 * its figures. The synthetic networks are served at {@code /api/territories/bench-N/...}, literal
 * paths that win over the real endpoints in this context only.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"maillage.demo=false",
        "maillage.data-dir=target/test-db/${random.uuid}", "maillage.page-cache-bytes=67108864",
        "maillage.admin-password=" + SignIn.ADMIN_PASSWORD, "maillage.bolt.enabled=true"})
@Import(NetworkPageBenchmark.SyntheticNetworks.class)
class NetworkPageBenchmark {

    private static ChromeDriver browser;

    @LocalServerPort int port;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start(1600, 1000);
        // the script time of each frame: every animation-frame callback (layout tick, paint) summed per frame
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__frameWork = new Map();
                const raf = window.requestAnimationFrame.bind(window);
                window.requestAnimationFrame = (callback) => raf((time) => {
                  const start = performance.now();
                  callback(time);
                  window.__frameWork.set(time, (window.__frameWork.get(time) || 0) + performance.now() - start);
                });
                """));
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void frameTimes() {
        SignIn.as(browser, "http://localhost:" + port + "/", "admin");
        System.out.println("| nodes | links | first paint (ms) | layout done (ms) | frames during layout: interval median / p95 (ms) | zoom: frame interval median / p95 (ms) | zoom: script per frame median / p95 (ms) |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int nodes : new int[] {1_000, 5_000}) {
            long start = System.nanoTime();
            browser.get("http://localhost:" + port + "/#/reseau?t=bench-" + nodes + "&from=2025-01-01&to=2025-12-31");
            new WebDriverWait(browser, Duration.ofSeconds(120))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#network[data-layout] canvas")));
            long firstPaint = (System.nanoTime() - start) / 1_000_000;
            startRecording();
            new WebDriverWait(browser, Duration.ofSeconds(300))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#network[data-layout='done']")));
            long laidOut = (System.nanoTime() - start) / 1_000_000;
            double[] layout = stopRecording();
            work();
            double[] zoom = frames();
            double[] zoomWork = work();
            Object links = browser.findElement(By.id("network")).getAttribute("data-links-drawn");
            System.out.printf("| %,d | %s | %,d | %,d | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f |%n", nodes, links, firstPaint, laidOut,
                    percentile(layout, 50), percentile(layout, 95),
                    percentile(zoom, 50), percentile(zoom, 95), percentile(zoomWork, 50), percentile(zoomWork, 95));
            Chromium.screenshot(browser, "benchmark-" + nodes);
        }
    }

    /** Intervals between animation frames while the wheel zooms in and out over the canvas (real wheel input, as a user's). */
    private static double[] frames() {
        startRecording();
        WebElement canvas = browser.findElement(By.cssSelector("#network canvas"));
        for (int step = 0; step < 40; step++) {
            new Actions(browser).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(canvas), 0, step % 20 < 10 ? -120 : 120).perform();
        }
        return stopRecording();
    }

    private static void startRecording() {
        browser.executeScript("""
                window.__intervals = [];
                window.__recording = true;
                let last = performance.now();
                const frame = (now) => {
                  window.__intervals.push(now - last);
                  last = now;
                  if (window.__recording) requestAnimationFrame(frame);
                };
                requestAnimationFrame(frame);
                """);
    }

    /** The intervals between animation frames since {@link #startRecording()}, sorted. */
    private static double[] stopRecording() {
        @SuppressWarnings("unchecked")
        List<Number> intervals = (List<Number>) browser.executeScript(
                "window.__recording = false; return window.__intervals.slice(1);");
        return intervals.stream().mapToDouble(Number::doubleValue).sorted().toArray();
    }

    /** The script time of each frame since the last call, sorted. */
    private static double[] work() {
        @SuppressWarnings("unchecked")
        List<Number> work = (List<Number>) browser.executeScript(
                "const work = [...window.__frameWork.values()]; window.__frameWork.clear(); return work;");
        return work.stream().mapToDouble(Number::doubleValue).sorted().toArray();
    }

    private static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** The synthetic méta-réseaux: clustered structures, each linked to about four others. */
    @TestConfiguration
    @RestController
    static class SyntheticNetworks {

        private static final List<String> SECTORS = List.of("sanitaire", "medico_social", "social");
        private static final List<String> TYPES = List.of("clic", "ssiad", "saad", "ehpad", "hopital", "ccas", "medecin_liberal", "dac");
        private final Map<Integer, Map<String, Object>> networks = new LinkedHashMap<>();

        @GetMapping("/api/territories/bench-1000/network")
        Map<String, Object> network1000() {
            return network(1_000);
        }

        @GetMapping("/api/territories/bench-5000/network")
        Map<String, Object> network5000() {
            return network(5_000);
        }

        @GetMapping("/api/territories/bench-1000/key-partners")
        List<Map<String, Object>> keyPartners1000() {
            return keyPartners(network(1_000));
        }

        @GetMapping("/api/territories/bench-5000/key-partners")
        List<Map<String, Object>> keyPartners5000() {
            return keyPartners(network(5_000));
        }

        /** Degrees only: enough to size the nodes as the page does. */
        @SuppressWarnings("unchecked")
        private static List<Map<String, Object>> keyPartners(Map<String, Object> network) {
            Map<String, Integer> degree = new HashMap<>();
            for (Map<String, Object> link : (List<Map<String, Object>>) network.get("links")) {
                degree.merge((String) link.get("source"), 1, Integer::sum);
                degree.merge((String) link.get("target"), 1, Integer::sum);
            }
            return ((List<Map<String, Object>>) network.get("nodes")).stream().map(node -> {
                int d = degree.getOrDefault((String) node.get("id"), 0);
                return Map.<String, Object>of("structureId", node.get("id"), "name", node.get("name"), "sector", node.get("sector"),
                        "degree", d, "weightedDegree", d, "betweenness", d / 100.0, "pagerank", d / 1000.0);
            }).toList();
        }

        private synchronized Map<String, Object> network(int n) {
            return networks.computeIfAbsent(n, SyntheticNetworks::generate);
        }

        private static Map<String, Object> generate(int n) {
            Random random = new Random(42);
            List<Map<String, Object>> nodes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                nodes.add(Map.of("id", "s" + i, "name", "Structure " + i, "type", TYPES.get(random.nextInt(TYPES.size())),
                        "sector", SECTORS.get(random.nextInt(SECTORS.size())), "domains", List.of(), "inEcology", true));
            }
            List<Map<String, Object>> links = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            int cluster = 50;
            while (links.size() < 4 * n) {
                int a = random.nextInt(n);
                // mostly within the same cluster of 50, sometimes anywhere: a territory of local ecologies
                int b = random.nextDouble() < 0.85 ? (a / cluster) * cluster + random.nextInt(cluster) : random.nextInt(n);
                if (b >= n || a == b || !seen.add(Math.min(a, b) + "-" + Math.max(a, b))) {
                    continue;
                }
                int referrals = random.nextInt(5);
                links.add(Map.of("source", "s" + a, "target", "s" + b, "weight", referrals + 1, "referrals", referrals, "sharedPersons", 1));
            }
            return Map.of("territoryId", "bench-" + n, "from", "2025-01-01", "to", "2025-12-31", "nodes", nodes,
                    "links", links, "partnerships", List.of());
        }
    }
}
