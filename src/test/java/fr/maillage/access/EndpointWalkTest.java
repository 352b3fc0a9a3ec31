package fr.maillage.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint of the OpenAPI document, called by each role in and out of its scope, against
 * the contract's "Access (v1.1)" table written out below by hand (not read from
 * {@link AccessRules}: a test derived from the rules under test could not fail). An endpoint
 * of the document missing from the table fails the test, so a new endpoint cannot escape it.
 * The users are those of {@link NordSud}, each over {@code nord}; "in" calls about {@code nord}
 * (or one of its persons), "out" about its sibling {@code sud}.
 */
@AccessTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointWalkTest {

    /**
     * The expected status of each call: admin, pilote, chercheur and planificateur, each in and out
     * of scope. Placeholders: {@code {id}} is the territory, the person (a researcher's own
     * pseudonym for a researcher), the import (in: one the pilot started; out: the fixture's,
     * started by nobody) or the user asked for; {@code {territory}} the territory in a parameter.
     * Every GET also gets from=2025-01-01, to=2025-12-31 and asOf=2025-12-31 (ignored where
     * unknown). Every POST and PATCH is sent an empty JSON object, which no write endpoint
     * accepts: 400 where the role may call it, 403 where it may not, and nothing written.
     *
     * The researcher out of scope asks for the pseudonym that a person of sud would have for
     * them: it is resolved only among the persons of their scope, so there is no such person for
     * them (404), as for any made-up pseudonym; a 403 would tell them that it names someone.
     * Import records are read by their starter only (and admins): the errors of a bundle name rows.
     */
    private static final String EXPECTED = """
            # method path and parameters                 admin    pilote   chercheur planificateur
            #                                            in  out  in  out  in  out   in  out
            GET   /api/territories                       200 200  200 200  200 200   200 200
            GET   /api/vocabulary                        200 200  200 200  200 200   200 200
            GET   /api/measures                          200 200  200 200  200 200   200 200
            GET   /api/me                                200 200  200 200  200 200   200 200
            POST  /api/me/password                       400 400  400 400  400 400   400 400
            GET   /api/compare/indicators                200 200  200 200  200 200   200 200
            GET   /api/compare/method                    200 200  200 200  200 200   200 200
            GET   /api/compare?territories={territory}   200 200  200 403  200 403   200 403
            GET   /api/compare?territories=dep           200 200  403 403  403 403   403 403
            GET   /api/territories/{id}/network          200 200  200 403  200 403   200 403
            GET   /api/territories/{id}/key-partners     200 200  200 403  200 403   200 403
            GET   /api/territories/{id}/export?format=gexf    200 200  200 403  200 403   200 403
            GET   /api/territories/{id}/export?format=graphml 200 200  200 403  200 403   200 403
            GET   /api/territories/{id}/export?format=csv     200 200  200 403  200 403   200 403
            GET   /api/territories/{id}/changes          200 200  200 403  200 403   200 403
            GET   /api/territories/{id}/report           200 200  200 403  200 403   200 403
            GET   /api/territories/{id}/report?format=pdf     200 200  200 403  200 403   200 403
            GET   /api/territories/{id}/capacity         200 200  200 403  200 403   200 403
            GET   /api/territories/{id}/tables           200 200  200 403  200 403   200 403
            GET   /api/territories/{id}/guichet          200 200  200 403  200 403   200 403
            GET   /api/territories/{id}/caseloads        200 200  200 403  200 403   200 403
            GET   /api/territories/{id}/coordinators     200 200  200 403  200 403   200 403
            GET   /api/territories/{id}/funding?from=2025&to=2025  200 200  200 403  200 403   200 403
            GET   /api/territories/{id}/history?from=2024&to=2025  200 200  200 403  200 403   200 403
            GET   /api/territories/{id}/orphans          200 200  200 403  200 403   403 403
            GET   /api/territories/{id}/persons          200 200  200 403  200 403   403 403
            GET   /api/territories/{id}/overlaps         200 200  200 403  200 403   403 403
            GET   /api/persons/{id}/parcours             200 200  200 403  200 404   403 403
            POST  /api/imports                           400 400  400 400  403 403   403 403
            POST  /api/imports/ror                       400 400  400 400  403 403   403 403
            POST  /api/territories/insee                 400 400  400 400  403 403   403 403
            GET   /api/imports                           200 200  200 200  200 200   200 200
            GET   /api/imports/{id}                      200 200  200 403  403 403   403 403
            GET   /api/users                             200 200  403 403  403 403   403 403
            POST  /api/users                             400 400  403 403  403 403   403 403
            PATCH /api/users/{username}                  400 400  403 403  403 403   403 403
            GET   /api/audit                             200 200  403 403  403 403   403 403
            GET   /api/audit?format=csv                  200 200  403 403  403 403   403 403
            GET   /api/audit/verify                      200 200  403 403  403 403   403 403
            """;

    private static final List<String> ROLES = List.of(NordSud.ADMIN, NordSud.PILOTE, NordSud.CHERCHEUR,
            NordSud.PLANIFICATEUR);
    private static final Pattern PSEUDONYM_LIKE = Pattern.compile("(?<![\\w-])r-[0-9A-Za-z]+");
    private static final Pattern PSEUDONYM = Pattern.compile("r-[0-9a-f]{16}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired WebApplicationContext context;

    private NordSud fixture;
    private List<Row> rows;
    /** METHOD path -> the OpenAPI operation. */
    private Map<String, JsonNode> documented;
    private final List<Call> calls = new ArrayList<>();

    record Row(String method, String path, String query, List<Integer> expected) {
        String endpoint() {
            return method + " " + path;
        }

        String shown() {
            return endpoint() + (query.isEmpty() ? "" : "?" + query);
        }
    }

    record Call(Row row, String role, boolean inScope, int status, String text) {
        int expected() {
            return row.expected().get(ROLES.indexOf(role) * 2 + (inScope ? 0 : 1));
        }

        @Override
        public String toString() {
            return row.shown() + " as " + role + (inScope ? " in scope" : " out of scope");
        }
    }

    @BeforeAll
    void walk() throws Exception {
        fixture = NordSud.load(context);
        rows = EXPECTED.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(EndpointWalkTest::row).toList();
        documented = openApiOperations();
        for (Row row : rows) {
            if (!documented.containsKey(row.endpoint())) {
                continue;  // declared by the contract, not built (yet): nothing to call
            }
            for (String role : ROLES) {
                for (boolean inScope : new boolean[] {true, false}) {
                    MockHttpServletResponse response = fixture.mvc()
                            .perform(call(row, role, inScope).with(NordSud.as(role))).andReturn().getResponse();
                    calls.add(new Call(row, role, inScope, response.getStatus(), AnswerText.of(response)));
                }
            }
        }
    }

    @Test
    void everyEndpointOfTheOpenApiDocumentIsInTheExpectedTable() {
        Set<String> inTable = rows.stream().map(Row::endpoint).collect(Collectors.toSet());
        assertThat(new TreeSet<>(documented.keySet())).as("endpoints of /v3/api-docs missing from EXPECTED")
                .isSubsetOf(inTable);
        assertThat(documented.keySet()).as("the document lists the API").hasSizeGreaterThan(20)
                .contains("GET /api/persons/{id}/parcours", "PATCH /api/users/{username}");
    }

    @Test
    void requiredParametersOfEveryEndpointAreGivenByTheTable() {
        List<String> missing = new ArrayList<>();
        for (Row row : rows) {
            JsonNode operation = documented.get(row.endpoint());
            if (operation == null) {
                continue;
            }
            for (JsonNode parameter : operation.path("parameters")) {
                String name = parameter.path("name").asString();
                if (parameter.path("in").asString().equals("query") && parameter.path("required").asBoolean()
                        && !query(row, "x").containsKey(name)) {
                    missing.add(row.shown() + " lacks " + name);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyRoleGetsTheContractsStatusInAndOutOfScope() {
        List<String> wrong = calls.stream().filter(c -> c.status() != c.expected())
                .map(c -> c + ": " + c.status() + " instead of " + c.expected() + " " + abbreviated(c.text()))
                .toList();
        assertThat(wrong).isEmpty();
        assertThat(calls).hasSize(documentedRows() * ROLES.size() * 2);
    }

    @Test
    void noPlannerAnswerHoldsAPersonIdOfTheDatabase() {
        List<String> ids = fixture.storedPersonIds();
        assertThat(ids).hasSize(14);
        List<String> leaks = new ArrayList<>();
        for (Call call : calls) {
            if (call.role().equals(NordSud.PLANIFICATEUR)) {
                personIdsIn(call.text(), ids).forEach(id -> leaks.add(call + " holds " + id));
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(calls).filteredOn(c -> c.role().equals(NordSud.PLANIFICATEUR) && c.status() == 200)
                .extracting(c -> c.row().shown())
                .contains("GET /api/territories/{id}/network", "GET /api/territories/{id}/export?format=csv",
                        "GET /api/territories/{id}/report?format=pdf", "GET /api/territories/{id}/tables",
                        "GET /api/territories/{id}/guichet", "GET /api/territories/{id}/caseloads",
                        "GET /api/territories/{id}/coordinators",
                        "GET /api/territories/{id}/history?from=2024&to=2025");
    }

    @Test
    void researcherAnswersHoldOnlyPseudonymsNeverAStoredId() {
        List<String> ids = fixture.storedPersonIds();
        List<String> wrong = new ArrayList<>();
        Set<String> pseudonyms = new LinkedHashSet<>();
        for (Call call : calls) {
            if (!call.role().equals(NordSud.CHERCHEUR)) {
                continue;
            }
            personIdsIn(call.text(), ids).forEach(id -> wrong.add(call + " holds " + id));
            Matcher m = PSEUDONYM_LIKE.matcher(call.text());
            while (m.find()) {
                if (PSEUDONYM.matcher(m.group()).matches()) {
                    pseudonyms.add(m.group());
                } else if (m.group().length() >= 10) {
                    wrong.add(call + " holds " + m.group() + ", not a pseudonym of the contract's shape");
                }
            }
        }
        assertThat(wrong).isEmpty();
        // The persons of nord reach the researcher, as pseudonyms: the walk is not vacuous.
        assertThat(pseudonyms).contains(fixture.pseudonym(NordSud.CHERCHEUR, "pn01"),
                fixture.pseudonym(NordSud.CHERCHEUR, "pn09"));
    }

    @Test
    void everyApiEndpointAnswers401WithoutCredentials() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            if (!documented.containsKey(row.endpoint())) {
                continue;
            }
            MockHttpServletResponse response = fixture.mvc().perform(call(row, NordSud.ADMIN, true))
                    .andReturn().getResponse();
            if (response.getStatus() != 401 || !response.getContentAsString().contains("Connexion requise")) {
                wrong.add(row.shown() + ": " + response.getStatus() + " " + abbreviated(AnswerText.of(response)));
            }
        }
        assertThat(wrong).isEmpty();
    }

    private int documentedRows() {
        return (int) rows.stream().filter(r -> documented.containsKey(r.endpoint())).count();
    }

    private static Row row(String line) {
        String[] cells = line.split("\\s+");
        String[] target = cells[1].split("\\?", 2);
        List<Integer> expected = Arrays.stream(cells, 2, cells.length).map(Integer::valueOf).toList();
        if (expected.size() != 8) {
            throw new IllegalArgumentException("8 statuses expected: " + line);
        }
        return new Row(cells[0], target[0], target.length > 1 ? target[1] : "", expected);
    }

    private MockHttpServletRequestBuilder call(Row row, String role, boolean inScope) {
        String path = row.path();
        if (path.contains("{id}")) {
            path = path.replace("{id}", subject(row.path(), role, inScope));
        }
        path = path.replace("{username}", NordSud.PLANIFICATEUR);
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(row.method()), path);
        query(row, inScope ? "nord" : "sud").forEach(request::param);
        if (!row.method().equals("GET")) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        return request;
    }

    private static Map<String, String> query(Row row, String territory) {
        Map<String, String> query = new LinkedHashMap<>();
        if (row.method().equals("GET")) {
            query.put("from", NordSud.FROM);
            query.put("to", NordSud.TO);
            query.put("asOf", NordSud.TO);
        }
        for (String pair : row.query().split("&")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv[1].replace("{territory}", territory));
            }
        }
        return query;
    }

    private String subject(String path, String role, boolean inScope) {
        if (path.startsWith("/api/territories/")) {
            return inScope ? "nord" : "sud";
        }
        if (path.startsWith("/api/persons/")) {
            String person = inScope ? NordSud.IN_SCOPE_PERSON : NordSud.OUT_OF_SCOPE_PERSON;
            return role.equals(NordSud.CHERCHEUR) ? fixture.pseudonym(role, person) : person;
        }
        if (path.startsWith("/api/imports/")) {
            return inScope ? NordSud.PILOTE_IMPORT : fixture.fixtureImport();
        }
        throw new IllegalArgumentException("what is {id} of " + path + "?");
    }

    private Map<String, JsonNode> openApiOperations() throws Exception {
        String document = fixture.mvc().perform(request(HttpMethod.GET, "/v3/api-docs").with(NordSud.as(NordSud.ADMIN)))
                .andReturn().getResponse().getContentAsString();
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> path : JSON.readTree(document).path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operations.put(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
            }
        }
        return operations;
    }

    /** The stored ids found in {@code text} as whole words. */
    static List<String> personIdsIn(String text, List<String> ids) {
        return ids.stream().filter(id -> Pattern.compile("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])")
                .matcher(text).find()).toList();
    }

    private static String abbreviated(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
