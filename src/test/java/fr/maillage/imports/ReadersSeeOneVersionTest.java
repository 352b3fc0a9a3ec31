package fr.maillage.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import fr.maillage.MaillageTest;
import fr.maillage.SignedIn;
import fr.maillage.TestGraph;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Readers see the data before an import or after it, never a mix: every reading endpoint of
 * the OpenAPI document about the fixture's territory and persons answers, while an import has
 * written all its batches and staged its updates but is not published, exactly what it answered
 * before the import; once published, what a database holding the same data answers.
 */
@MaillageTest
class ReadersSeeOneVersionTest {

    private static final Path VALID = Path.of("src/test/resources/imports/valid");
    /** Renames, empties a property, moves and removes relationships of existing rows (its README). */
    private static final Path UPDATE = Path.of("src/test/resources/imports/update");
    /** New referrals and involvements of existing persons and structures (its README). */
    private static final Path MONTHLY = Path.of("src/test/resources/imports/monthly");
    private static final Pattern MADE_AT = Pattern.compile("((?:exportedAt|generatedAt)\\W+)[0-9T:.Z-]+");
    private static final Pattern IMPORT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z");
    private static final String WINDOW = "from=2024-01-01&to=2024-12-31&asOf=2024-12-31";
    /** The same window for an endpoint asked by calendar years. */
    private static final String YEARS = "from=2024&to=2024";

    @Autowired Driver driver;
    @Autowired BundleImporter importer;
    @Autowired WebApplicationContext context;
    MockMvc mvc;

    @BeforeEach
    void valid() {
        TestGraph.clear(driver);
        importer.importBundle(VALID);
        mvc = SignedIn.asAdmin(context);
    }

    @Test
    void anUpdateOfExistingRowsIsSeenWholeAtItsPublicationAndNotBefore() throws Exception {
        readersSeeBeforeThenAfter(UPDATE);
    }

    @Test
    void newRowsAboutExistingPersonsAreSeenWholeAtTheirPublicationAndNotBefore() throws Exception {
        readersSeeBeforeThenAfter(MONTHLY);
    }

    private void readersSeeBeforeThenAfter(Path bundle) throws Exception {
        List<String> calls = readingCalls();
        Map<String, String> before = answers(calls);
        AtomicReference<Map<String, String>> whileWritten = new AtomicReference<>();

        ApplicationListener<PayloadApplicationEvent<ImportReached>> pause = event -> {
            if (event.getPayload().stage() == ImportReached.Stage.WRITTEN) {
                whileWritten.set(answers(calls));
            }
        };
        ConfigurableApplicationContext events = (ConfigurableApplicationContext) context;
        events.addApplicationListener(pause);
        try {
            importer.importBundle(bundle);
        } finally {
            events.removeApplicationListener(pause);
        }
        Map<String, String> after = answers(calls);

        assertThat(differing(before, whileWritten.get()))
                .as("reading endpoints answering otherwise while the import is written, unpublished").isEmpty();
        assertThat(differing(before, after)).as("the import changes what readers see").isNotEmpty();
        TestGraph.clear(driver);
        importer.importBundle(VALID);
        importer.importBundle(bundle);
        assertThat(differing(withoutImportIds(after), withoutImportIds(answers(calls))))
                .as("reading endpoints answering otherwise than on the same data imported again").isEmpty();
    }

    /** A zip's entries, names and texts: the zip's own bytes carry the time they were written. */
    private static String entries(byte[] zip) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                text.append(entry.getName()).append('\n').append(new String(entries.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }

    private static List<String> differing(Map<String, String> expected, Map<String, String> actual) {
        return expected.keySet().stream().filter(call -> !expected.get(call).equals(actual.get(call))).toList();
    }

    /** The answers without the import's id and time, which name the version, not the data. */
    private static Map<String, String> withoutImportIds(Map<String, String> answers) {
        Map<String, String> data = new LinkedHashMap<>();
        answers.forEach((call, answer) -> data.put(call, IMPORT.matcher(answer).replaceAll("<import>")));
        return data;
    }

    /**
     * Every GET of the OpenAPI document about a territory or a person, for the fixture's
     * territory and each of its persons, every export format, and the territory list.
     */
    private List<String> readingCalls() throws Exception {
        JsonNode paths = JsonMapper.builder().build().readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString()).get("paths");
        List<String> calls = new ArrayList<>();
        for (String path : paths.propertyNames()) {
            if (!paths.get(path).has("get")) {
                continue;
            }
            if (path.startsWith("/api/territories/{id}/")) {
                String call = path.replace("{id}", "terr") + "?" + (yearly(paths.get(path).get("get")) ? YEARS : WINDOW);
                calls.add(call);
                if (path.endsWith("/export")) {
                    for (String format : List.of("csv", "gexf", "graphml")) {
                        calls.add(call + "&format=" + format);
                    }
                }
            } else if (path.startsWith("/api/persons/{id}/")) {
                for (String person : List.of("x1", "x2", "x3")) {
                    calls.add(path.replace("{id}", person) + "?" + WINDOW);
                }
            }
        }
        calls.add("/api/territories");
        calls.add("/api/compare?territories=terr&" + WINDOW);
        assertThat(calls).as("the document's reading endpoints").hasSizeGreaterThan(12);
        return calls;
    }

    /** Asked by years ({@code from=YYYY}, as its documented example shows) rather than by dates. */
    private static boolean yearly(JsonNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode example = parameter.path("example");
            if (parameter.path("name").asString().equals("from") && example.isValueNode()
                    && example.asString().matches("\\d{4}")) {
                return true;
            }
        }
        return false;
    }

    private Map<String, String> answers(List<String> calls) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String call : calls) {
            try {
                answers.put(call, body(call));
            } catch (Exception e) {
                throw new IllegalStateException(call, e);
            }
        }
        return answers;
    }

    private String body(String call) throws Exception {
        var response = mvc.perform(get(call)).andReturn().getResponse();
        byte[] content = response.getContentAsByteArray();
        String text = "application/zip".equals(response.getContentType()) ? entries(content)
                : new String(content, StandardCharsets.UTF_8);
        // When an export or a report was made is the one thing of an answer that is not data.
        return response.getStatus() + " " + MADE_AT.matcher(text).replaceAll("$1<instant>");
    }
}
