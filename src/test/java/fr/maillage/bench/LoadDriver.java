package fr.maillage.bench;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Analysts on the JDK's HTTP client (analystes simulés): each signs in once on the login form
 * (session cookie, as the page does), then asks, one request after the other for a duration,
 * what the page and a researcher ask: the méta-réseau page's requests, the analyses, the exports,
 * the comparison and the report, on the given territories and windows. Every answer must be 200
 * and well-formed (JSON that parses, an XML or HTML document, a zip); latencies are kept per
 * family of requests.
 */
final class LoadDriver {

    /** A request of one family, e.g. {@code analyses}, and what its answer must look like. */
    record Ask(String family, String path, Kind kind) {
    }

    enum Kind { JSON, XML, HTML, ZIP }

    /** What the analysts got: latencies in ms per family, and the failed answers, each described once. */
    record Result(Map<String, List<Long>> latencies, List<String> failures, long answers) {

        long count(String family) {
            return latencies.getOrDefault(family, List.of()).size();
        }

        /** One line per family: requests, p50, p95, p99 in ms. */
        String table() {
            StringBuilder out = new StringBuilder("| family | requests | p50 (ms) | p95 (ms) | p99 (ms) |\n|---|---|---|---|---|\n");
            latencies.forEach((family, ms) -> out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d |%n",
                    family, ms.size(), percentile(ms, 50), percentile(ms, 95), percentile(ms, 99))));
            return out.append(String.format(Locale.ROOT, "errors: %d of %d answers%n", failures.size(), answers)).toString();
        }

        static long percentile(List<Long> values, int p) {
            if (values.isEmpty()) {
                return 0;
            }
            List<Long> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI base;
    private final String username;
    private final String password;

    LoadDriver(URI base, String username, String password) {
        this.base = base;
        this.username = username;
        this.password = password;
    }

    /** The asks of the page, the analyses, exports, comparison and report for {@code territories} over each window. */
    static List<Ask> asks(List<String> territories, List<String> windows) {
        List<Ask> asks = new ArrayList<>();
        asks.add(new Ask("page", "/api/me", Kind.JSON));
        asks.add(new Ask("page", "/api/territories", Kind.JSON));
        asks.add(new Ask("page", "/api/vocabulary", Kind.JSON));
        for (String window : windows) {
            String asOf = window.replaceAll(".*to=", "");
            for (String t : territories) {
                String territory = "/api/territories/" + t;
                asks.add(new Ask("page", territory + "/network?" + window, Kind.JSON));
                asks.add(new Ask("analyses", territory + "/key-partners?" + window, Kind.JSON));
                asks.add(new Ask("analyses", territory + "/orphans?asOf=" + asOf, Kind.JSON));
                asks.add(new Ask("analyses", territory + "/overlaps?" + window, Kind.JSON));
                asks.add(new Ask("exports", territory + "/export?format=gexf&" + window, Kind.XML));
                asks.add(new Ask("exports", territory + "/export?format=csv&" + window, Kind.ZIP));
                asks.add(new Ask("report", territory + "/report?" + window, Kind.HTML));
            }
            asks.add(new Ask("compare", "/api/compare?territories="
                    + URLEncoder.encode(String.join(",", territories), StandardCharsets.UTF_8) + "&" + window, Kind.JSON));
        }
        return asks;
    }

    /** {@code analysts} signed-in analysts asking {@code asks} at random for {@code duration}. */
    Result run(int analysts, Duration duration, List<Ask> asks) throws Exception {
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(analysts);
        List<Future<Long>> done = new ArrayList<>();
        for (int a = 0; a < analysts; a++) {
            long seed = a;
            done.add(pool.submit(() -> analyst(new Random(seed), end, asks, latencies, failures)));
        }
        long answers = 0;
        for (Future<Long> f : done) {
            answers += f.get();
        }
        pool.shutdown();
        Map<String, List<Long>> sorted = new TreeMap<>(latencies);
        return new Result(sorted, List.copyOf(failures), answers);
    }

    private long analyst(Random random, long end, List<Ask> asks, Map<String, List<Long>> latencies,
                         List<String> failures) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
        signIn(http, cookies);
        long answers = 0;
        while (System.nanoTime() < end) {
            Ask ask = asks.get(random.nextInt(asks.size()));
            long started = System.nanoTime();
            HttpResponse<byte[]> response;
            try {
                response = http.send(HttpRequest.newBuilder(base.resolve(ask.path())).timeout(Duration.ofMinutes(2)).GET()
                        .build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (java.io.IOException e) {
                failures.add(ask.path() + " : " + e);
                continue;
            }
            latencies.computeIfAbsent(ask.family(), f -> Collections.synchronizedList(new ArrayList<>()))
                    .add((System.nanoTime() - started) / 1_000_000);
            answers++;
            String problem = problem(ask, response);
            if (problem != null) {
                failures.add(ask.path() + " : " + problem);
            }
        }
        return answers;
    }

    /** Signs in on the login form, as the page does: the CSRF cookie first, then the form with its token. */
    private void signIn(HttpClient http, CookieManager cookies) throws Exception {
        http.send(HttpRequest.newBuilder(base.resolve("/api/me")).GET().build(), HttpResponse.BodyHandlers.discarding());
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new IllegalStateException("pas de cookie XSRF-TOKEN"));
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("connexion refusée : " + answer.statusCode() + " " + answer.body());
        }
    }

    /** What is wrong with an answer, or null. */
    private static String problem(Ask ask, HttpResponse<byte[]> response) {
        byte[] body = response.body();
        if (response.statusCode() != 200) {
            return response.statusCode() + " " + new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
        }
        String start = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8).stripLeading();
        return switch (ask.kind()) {
            case JSON -> {
                try {
                    JSON.readTree(body);
                    yield null;
                } catch (JacksonException e) {
                    yield "JSON illisible (" + body.length + " octets)";
                }
            }
            case XML -> start.startsWith("<?xml") && new String(body, StandardCharsets.UTF_8).stripTrailing().endsWith(">")
                    ? null : "XML incomplet";
            case HTML -> start.toLowerCase(Locale.ROOT).startsWith("<!doctype html") || start.startsWith("<html")
                    ? null : "HTML incomplet";
            case ZIP -> body.length > 4 && body[0] == 'P' && body[1] == 'K' ? null : "zip illisible";
        };
    }
}
