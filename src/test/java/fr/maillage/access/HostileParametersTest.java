package fr.maillage.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.UriUtils;

import fr.maillage.imports.GraphContent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fuzzing: every parameter of every endpoint of the OpenAPI document (query, path and the fields
 * of a JSON body) given hostile values one at a time, the others left as a legitimate call has
 * them, by each role in and out of its scope ({@link NordSud}'s users over {@code nord}). Whatever
 * the value: never a 5xx, never a stack trace, a Java class or Cypher text in the answer, a 400 is
 * a French JSON message naming the parameter, and nobody learns more than the same call with
 * legitimate values tells them (a 403 stays a 403, nothing of {@code sud} reaches a user of
 * {@code nord}, no stored person id reaches a researcher or a planner). The writes leave the data
 * as they found it. The roles are drawn with a fixed seed, so a failure is replayed as it was.
 */
@AccessTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileParametersTest {

    private static final long SEED = 14L;
    /**
     * The hostile values tried in each parameter, drawn by the seed among all of them, so that the
     * walk stays within a CI budget (each call is signed in and writes an audit record).
     */
    private static final int PER_PARAMETER = 12;
    private static final String HUGE = "x".repeat(100_000);

    /** The hostile values; each parameter gets {@link #PER_PARAMETER} of them. */
    private static final List<String> HOSTILE = List.of(
            // Cypher
            "' OR 1=1 //", "\" OR 1=1 //", "}) MATCH (n) DETACH DELETE n //", "nord`) DETACH DELETE n //", "`", "$param",
            "nord' RETURN 1 UNION MATCH (p:Person) RETURN p.id //",
            // paths
            "../../etc/passwd", "..%2f..%2fetc%2fpasswd", "%2e%2e%2f%2e%2e%2f", "%C0%AE%C0%AE%2F", "/etc/passwd", "/",
            "..\\..\\boot.ini",
            "file:///etc/passwd",
            // sizes and numbers
            HUGE, "9223372036854775808", "9223372036854775807", "-9223372036854775809", "2147483648", "-2147483649",
            "1e309", "NaN", "-1", "0", "0x10", "1.5",
            // unicode
            "\u202Enord", "nord\u202E", "\uD83D\uDE00", "e\u0301\u0301\u0301\u0301", "nord\u0000", "nord%00", "\uD800",
            "%ED%A0%80", "%FF", "\uFEFFnord", "ｎｏｒｄ",
            // empty and blank
            "", " ", "\t\n", ",", ",,,",
            // dates valid in ISO but absurd, and not quite ISO
            "-999999999-01-01", "+999999999-12-31", "0000-01-01", "2024-02-30", "2025-13-01", "2025-12-31T23:59:59Z",
            "20251231", "2025-1-1");

    /**
     * Ids next to the caller's scope, tried by a user of {@code nord} in every parameter that names
     * a territory, a person, an import or a user: each must be refused, or answered with nothing of
     * {@code sud}.
     */
    private static final List<String> NEIGHBOURS = List.of("sud", "SUD", " sud", "sud\u0000", "nord,sud", "dep", "*", "ps02",
            "nord/../sud", NordSud.PILOTE_IMPORT, NordSud.ADMIN);

    /** Sent as they are, not encoded: the server decodes them (to {@code ../}, a NUL, a lone surrogate's bytes...). */
    private static final List<String> RAW = List.of("..%2f..%2fetc%2fpasswd", "%2e%2e%2f%2e%2e%2f", "%C0%AE%C0%AE%2F",
            "nord%00", "%ED%A0%80", "%FF");

    /**
     * The legitimate value of each query parameter a call has; {@code {territory}} is the caller's
     * territory or its sibling. The méta-réseau folded, so that hostile {@code keep} ids meet its checks.
     */
    private static final Map<String, String> BASE = Map.of("from", NordSud.FROM, "to", NordSud.TO, "asOf", NordSud.TO,
            "territories", "{territory}", "fold", "coordination");

    /** Who calls: a role, and whether the call is about their territory. */
    record Caller(String role, boolean inScope) {
        @Override
        public String toString() {
            return role + (inScope ? "" : " hors périmètre");
        }
    }

    private static final List<Caller> CALLERS = List.of(new Caller(NordSud.ADMIN, true),
            new Caller(NordSud.PILOTE, true), new Caller(NordSud.PILOTE, false), new Caller(NordSud.CHERCHEUR, true),
            new Caller(NordSud.PLANIFICATEUR, true), new Caller(NordSud.PLANIFICATEUR, false),
            new Caller(NordSud.CHERCHEUR, false));

    /** What an answer must never show: a stack trace, a Java or Neo4j class, a query. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\bat fr\\.|org\\.neo4j|org\\.springframework|java\\.|jakarta\\.|tools\\.jackson|MATCH \\(|MATCH |RETURN |\\.cypher\\b");
    /** Words that an English or a Java message would not hold. */
    private static final Pattern FRENCH = Pattern.compile(
            "[éèàêôûç]|\\b(est|de|du|des|le|la|les|un|une|pas|au|aux|inconnue?|invalide|manquant|incorrect)\\b");
    /** What only {@code sud} holds: its structures and persons. */
    private static final Pattern SUD = Pattern.compile("clic-s|ssiad-s|CLIC Sud|SSIAD Sud|\\bps0[1-4]\\b");
    /** The user whom {@code PATCH /api/users/{username}} changes: no fixture user's sign-in depends on it. */
    private static final String TARGET_USER = "cible-du-fuzz";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired WebApplicationContext context;

    private NordSud fixture;
    private Map<String, JsonNode> operations;
    private JsonNode components;
    private GraphContent before;
    /** The answer to each endpoint with legitimate values, by caller: what they may know. */
    private final Map<String, Answer> baseline = new LinkedHashMap<>();
    private final List<Answer> answers = new ArrayList<>();
    private final Random random = new Random(SEED);

    record Answer(String endpoint, String parameter, String value, Caller caller, int status, String type, String text) {
        @Override
        public String toString() {
            String shown = value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
            return endpoint + " " + parameter + "=«" + shown.replaceAll("\\p{Cntrl}", "?") + "» par " + caller + " : "
                    + status + " " + abbreviated(text);
        }
    }

    @BeforeAll
    void fuzz() throws Exception {
        fixture = NordSud.load(context);
        context.getBean(UserAccounts.class).create(TARGET_USER, NordSud.hash(NordSud.PASSWORD), UserRole.PILOTE,
                List.of("nord"), false);
        JsonNode document = JSON.readTree(fixture.mvc().perform(get("/v3/api-docs").with(NordSud.as(NordSud.ADMIN)))
                .andReturn().getResponse().getContentAsString());
        components = document.path("components").path("schemas");
        operations = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operations.put(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
            }
        }
        before = GraphContent.of(fixture.driver());
        for (Map.Entry<String, JsonNode> operation : operations.entrySet()) {
            String endpoint = operation.getKey();
            for (Caller caller : CALLERS) {
                baseline.put(endpoint + " " + caller, call(endpoint, caller, null, null, null));
            }
            for (JsonNode parameter : operation.getValue().path("parameters")) {
                String name = parameter.path("name").asString();
                for (String value : sample(HOSTILE)) {
                    answers.add(call(endpoint, pick(), name, value, null));
                }
                if (parameter.path("in").asString().equals("path") || name.equals("territories")) {
                    for (String value : NEIGHBOURS) {
                        answers.add(call(endpoint, pickUser(), name, value, null));
                    }
                    answers.add(call(endpoint, pickUser(), name, null, List.of("nord", "sud")));
                }
                // Repeated, the hostile value second, then first
                answers.add(call(endpoint, pick(), name, null, List.of(base(name, "nord"), "' OR 1=1 //")));
                answers.add(call(endpoint, pick(), name, null, List.of("../../etc/passwd", base(name, "nord"))));
            }
            if (hasParameter(operation.getValue(), "from") && hasParameter(operation.getValue(), "to")) {
                Caller caller = pick();
                answers.add(send(endpoint, caller, "from", NordSud.TO, query(endpoint, caller, Map.of("from", List.of(NordSud.TO),
                        "to", List.of(NordSud.FROM))), emptyBody(endpoint)));
            }
            for (String field : bodyFields(operation.getValue())) {
                for (JsonNode value : sample(hostileJson())) {
                    answers.add(callWithBody(endpoint, pickWriter(), field, value));
                }
            }
            if (stringBody(operation.getValue())) {
                for (String value : hostileDocuments()) {
                    Caller caller = pickWriter();
                    answers.add(send(endpoint, caller, "body", value, query(endpoint, caller, Map.of()), value));
                }
            }
        }
    }

    @Test
    void theWalkCrossesEveryParameterOfEveryEndpoint() {
        assertThat(operations).hasSizeGreaterThan(25);
        long parameters = operations.values().stream().mapToLong(o -> o.path("parameters").size()).sum();
        assertThat(parameters).isGreaterThan(30);
        assertThat(answers.stream().map(Answer::parameter).distinct()).contains("id", "from", "territories", "path",
                "username", "password", "communes", "body");
        assertThat(answers.stream().map(Answer::caller).distinct()).hasSize(CALLERS.size());
        assertThat(answers.stream().map(Answer::value).distinct().count()).isGreaterThan(HOSTILE.size());
        assertThat(answers).hasSizeGreaterThan(800);
    }

    @Test
    void noHostileValueGetsA5xx() {
        // Creating a DAC from the INSEE referential without one installed is the server's to fix: 503 says so.
        assertThat(answers).filteredOn(a -> a.status() >= 500)
                .filteredOn(a -> !(a.status() == 503 && a.endpoint().equals("POST /api/territories/insee")))
                .isEmpty();
    }

    @Test
    void noAnswerShowsAStackTraceAClassOrAQuery() {
        assertThat(answers).filteredOn(a -> INTERNALS.matcher(withoutInput(a.text())).find()).isEmpty();
    }

    @Test
    void every400IsAFrenchJsonMessageNamingTheParameter() {
        List<String> wrong = new ArrayList<>();
        for (Answer answer : answers) {
            if (answer.status() != 400) {
                continue;
            }
            JsonNode body = answer.type().startsWith("application/json") ? JSON.readTree(answer.text()) : null;
            if (body == null || !body.path("message").isString()) {
                wrong.add(answer + " (pas de message JSON)");
            } else if ((!body.path("parameter").isString() || body.path("parameter").asString().isEmpty())
                    && !(pathParameter(answer) && body.path("message").asString().startsWith("Adresse refusée"))) {
                wrong.add(answer + " (ne nomme aucun paramètre)");
            } else if (!FRENCH.matcher(withoutInput(body.path("message").asString())).find()) {
                wrong.add(answer + " (message pas en français)");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aHostileValueTellsNobodyMoreThanALegitimateOne() {
        List<String> ids = fixture.storedPersonIds();
        List<String> leaks = new ArrayList<>();
        for (Answer answer : answers) {
            Answer legitimate = baseline.get(answer.endpoint() + " " + answer.caller());
            if (List.of(401, 403, 404).contains(legitimate.status()) && answer.status() / 100 == 2) {
                leaks.add(answer + " (" + legitimate.status() + " avec des valeurs légitimes)");
            }
            // An error message that names the value it refuses tells nothing about the data.
            String told = answer.status() >= 400 ? answer.text().replace(answer.value(), "") : answer.text();
            if (!answer.caller().role().equals(NordSud.ADMIN) && SUD.matcher(told).find()
                    && !SUD.matcher(legitimate.text()).find()) {
                leaks.add(answer + " (parle de sud)");
            }
            if (answer.caller().role().equals(NordSud.CHERCHEUR) || answer.caller().role().equals(NordSud.PLANIFICATEUR)) {
                EndpointWalkTest.personIdsIn(told, ids).forEach(id -> leaks.add(answer + " (contient " + id + ")"));
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void theWritesLeaveTheDataAndTheAuditChainAsTheyWere() throws Exception {
        assertThat(GraphContent.of(fixture.driver())).isEqualTo(before);
        String check = fixture.mvc().perform(get("/api/audit/verify").with(NordSud.as(NordSud.ADMIN)))
                .andReturn().getResponse().getContentAsString();
        assertThat(JSON.readTree(check).path("valid").asBoolean()).as(check).isTrue();
        assertThat(context.getBean(UserAccounts.class).list()).extracting(UserAccount::username)
                .contains(NordSud.ADMIN, NordSud.PILOTE, TARGET_USER);
    }

    /** An answer's text without the hostile values it shows back (a message naming the value at fault). */
    private static String withoutInput(String text) {
        String left = text;
        for (String value : HOSTILE) {
            if (!value.isBlank() && value.length() < 1_000) {
                left = left.replace(value, "");
            }
        }
        return left;
    }

    private <T> List<T> sample(List<T> values) {
        List<T> shuffled = new ArrayList<>(values);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(PER_PARAMETER, shuffled.size()));
    }

    private Caller pick() {
        return CALLERS.get(random.nextInt(CALLERS.size()));
    }

    /** A caller whose scope is {@code nord} alone. */
    private Caller pickUser() {
        List<Caller> users = CALLERS.stream().filter(c -> !c.role().equals(NordSud.ADMIN) && c.inScope()).toList();
        return users.get(random.nextInt(users.size()));
    }

    /** Mostly a caller who may write (so that the body is read), sometimes one who may not. */
    private Caller pickWriter() {
        return random.nextInt(4) == 0 ? pick() : new Caller(random.nextBoolean() ? NordSud.ADMIN : NordSud.PILOTE, true);
    }

    /** A call of {@code endpoint} with legitimate values, {@code name} given {@code value} (or {@code values}, repeated). */
    private Answer call(String endpoint, Caller caller, String name, String value, List<String> values) throws Exception {
        Map<String, List<String>> overrides = new LinkedHashMap<>();
        if (name != null) {
            overrides.put(name, values != null ? values : List.of(value));
        }
        return send(endpoint, caller, name == null ? "" : name, value != null ? value : String.valueOf(values),
                query(endpoint, caller, overrides), emptyBody(endpoint));
    }

    private Answer callWithBody(String endpoint, Caller caller, String field, JsonNode value) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        for (String other : bodyFields(operations.get(endpoint))) {
            body.set(other, other.equals(field) ? value : legitimateField(other));
        }
        return send(endpoint, caller, field, value.toString(), query(endpoint, caller, Map.of()), body.toString());
    }

    /** The path and query of a call: each parameter its legitimate value, or the overridden ones. */
    private String[] query(String endpoint, Caller caller, Map<String, List<String>> overrides) {
        String territory = caller.inScope() ? "nord" : "sud";
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operations.get(endpoint).path("parameters")) {
            String name = parameter.path("name").asString();
            List<String> values = overrides.containsKey(name) ? overrides.get(name)
                    : parameter.path("in").asString().equals("path") ? List.of(subject(path, caller))
                    : legitimate(parameter, territory);
            if (parameter.path("in").asString().equals("path")) {
                path = path.replace("{" + name + "}", RAW.contains(values.get(0)) ? values.get(0)
                        : UriUtils.encodePathSegment(values.get(0), StandardCharsets.UTF_8));
            } else {
                for (String v : values) {
                    query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                            .append(RAW.contains(v) ? v : UriUtils.encodeQueryParam(v, StandardCharsets.UTF_8));
                }
            }
        }
        return new String[] {path, query.toString()};
    }

    private Answer send(String endpoint, Caller caller, String parameter, String value, String[] target, String body)
            throws Exception {
        HttpMethod method = HttpMethod.valueOf(endpoint.substring(0, endpoint.indexOf(' ')));
        MockHttpServletRequestBuilder request = request(method,
                URI.create(target[0] + (target[1].isEmpty() ? "" : "?" + target[1]))).with(NordSud.as(caller.role()));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8));
        }
        MockHttpServletResponse response = fixture.mvc().perform(request).andReturn().getResponse();
        String type = response.getContentType() == null ? "" : response.getContentType();
        return new Answer(endpoint, parameter, value, caller, response.getStatus(), type, AnswerText.of(response));
    }

    private String emptyBody(String endpoint) {
        return endpoint.startsWith("GET ") ? null : "{}";
    }

    /**
     * A query parameter's legitimate value: the example of its documentation when it gives one (a
     * year where a span of years is asked, not {@link #BASE}'s dates), else {@link #BASE}'s.
     */
    private static List<String> legitimate(JsonNode parameter, String territory) {
        String name = parameter.path("name").asString();
        return parameter.path("example").isValueNode() ? List.of(parameter.path("example").asString())
                : BASE.containsKey(name) ? List.of(base(name, territory)) : List.of();
    }

    private static String base(String name, String territory) {
        return BASE.getOrDefault(name, "x").replace("{territory}", territory);
    }

    private String subject(String path, Caller caller) {
        if (path.startsWith("/api/territories/")) {
            return caller.inScope() ? "nord" : "sud";
        }
        if (path.startsWith("/api/persons/")) {
            String person = caller.inScope() ? NordSud.IN_SCOPE_PERSON : NordSud.OUT_OF_SCOPE_PERSON;
            return caller.role().equals(NordSud.CHERCHEUR) ? fixture.pseudonym(caller.role(), person) : person;
        }
        if (path.startsWith("/api/imports/")) {
            return caller.inScope() ? NordSud.PILOTE_IMPORT : fixture.fixtureImport();
        }
        if (path.startsWith("/api/users/")) {
            return TARGET_USER;
        }
        throw new IllegalArgumentException("que mettre dans " + path + " ?");
    }

    /** The firewall refuses some path values before the app reads them: it cannot say which parameter. */
    private boolean pathParameter(Answer answer) {
        for (JsonNode parameter : operations.get(answer.endpoint()).path("parameters")) {
            if (parameter.path("name").asString().equals(answer.parameter()) && parameter.path("in").asString().equals("path")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasParameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("name").asString().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The fields of the operation's JSON body, when it is an object. */
    private List<String> bodyFields(JsonNode operation) {
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        if (schema.has("$ref")) {
            schema = components.path(schema.path("$ref").asString().replace("#/components/schemas/", ""));
        }
        List<String> fields = new ArrayList<>();
        schema.path("properties").propertyNames().forEach(fields::add);
        return fields;
    }

    private boolean stringBody(JsonNode operation) {
        return operation.path("requestBody").path("content").path("application/json").path("schema").path("type")
                .asString().equals("string");
    }

    /**
     * A legitimate value of a body field: valid alone, so that the hostile value of another field
     * is what the endpoint has to deal with (a current password is wrong: no password changes).
     */
    private JsonNode legitimateField(String field) {
        return switch (field) {
            case "username" -> JSON.getNodeFactory().stringNode("fuzz-" + random.nextInt(1_000_000));
            case "password", "newPassword" -> JSON.getNodeFactory().stringNode("Un mot de passe assez long 42");
            case "currentPassword" -> JSON.getNodeFactory().stringNode("pas le mot de passe actuel");
            case "role" -> JSON.getNodeFactory().stringNode("pilote");
            case "territories" -> JSON.createArrayNode().add("nord");
            case "communes" -> JSON.createArrayNode().add("75056");
            case "enabled" -> JSON.getNodeFactory().booleanNode(true);
            default -> JSON.getNodeFactory().stringNode("dac-fuzz");
        };
    }

    /** The hostile values as JSON: each as a string, in a list, and the wrong types. */
    private List<JsonNode> hostileJson() {
        List<JsonNode> values = new ArrayList<>();
        for (String value : HOSTILE) {
            values.add(JSON.getNodeFactory().stringNode(value));
        }
        for (int i = 0; i < 8; i++) {
            values.add(JSON.createArrayNode().add(HOSTILE.get(random.nextInt(HOSTILE.size()))));
        }
        values.add(JSON.getNodeFactory().nullNode());
        values.add(JSON.getNodeFactory().numberNode(Long.MAX_VALUE));
        values.add(JSON.getNodeFactory().numberNode(1e308));
        values.add(JSON.getNodeFactory().booleanNode(false));
        values.add(JSON.createObjectNode().put("$ne", ""));
        values.add(JSON.createArrayNode());
        values.add(JSON.createArrayNode().addNull());
        return values;
    }

    /** Bodies that are no JSON, or JSON of the wrong shape or depth. */
    private List<String> hostileDocuments() {
        List<String> documents = new ArrayList<>(sample(HOSTILE));
        documents.add("{\"resourceType\": \"Bundle\", \"entry\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}");
        documents.add("{\"resourceType\": \"Bundle\", \"entry\": [{\"resource\": {\"resourceType\": \"Organization\", "
                + "\"id\": \"' OR 1=1 //\", \"name\": \"" + HUGE + "\"}}]}");
        documents.add("{\"resourceType\": \"Bundle\", \"entry\": [{\"resource\": null}]}");
        documents.add("{\"a\": 1, \"a\": 2}");
        documents.add("[]");
        documents.add("null");
        return documents;
    }

    private static String abbreviated(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
