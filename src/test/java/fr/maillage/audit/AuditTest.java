package fr.maillage.audit;

import static fr.maillage.access.NordSud.ADMIN;
import static fr.maillage.access.NordSud.CHERCHEUR;
import static fr.maillage.access.NordSud.PILOTE;
import static fr.maillage.access.NordSud.PLANIFICATEUR;
import static fr.maillage.access.NordSud.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import com.jayway.jsonpath.JsonPath;

import fr.maillage.access.AccessTest;
import fr.maillage.access.NordSud;
import fr.maillage.access.UserAccounts;
import fr.maillage.access.UserRole;
import jakarta.servlet.http.Cookie;

/**
 * The audit trail: one record per action the contract lists (refusals included, with status 403),
 * sign-outs and password changes; the admins' filters and CSV; and the hash chain, which
 * {@code GET /api/audit/verify} finds broken at the first record changed or removed behind the
 * app's back. Each test reads only the records appended since it started.
 */
@AccessTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTest {

    @Autowired WebApplicationContext context;
    @Autowired AuditTrail trail;
    @Autowired UserAccounts accounts;

    private NordSud fixture;
    private MockMvc mvc;

    @BeforeAll
    void load() {
        fixture = NordSud.load(context);
        mvc = fixture.mvc();
    }

    @Test
    void aSignInIsRecordedOnceFromTheFormAndOncePerWhileFromHttpBasic() throws Exception {
        // A script's user who has not signed in yet in this context (the HTTP Basic record is once per 10 minutes).
        accounts.create("script-du-pilote", NordSud.hash(NordSud.PASSWORD), UserRole.PILOTE, List.of("nord"), false);
        long mark = head();
        NordSud.signIn(mvc, PILOTE, NordSud.PASSWORD);
        mvc.perform(get("/api/me").with(httpBasic("script-du-pilote", NordSud.PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/me").with(httpBasic("script-du-pilote", NordSud.PASSWORD))).andExpect(status().isOk());
        List<AuditRecord> records = since(mark);
        assertThat(records).extracting(AuditRecord::user, AuditRecord::action, AuditRecord::status)
                .containsExactly(tuple(PILOTE, "login", 200), tuple("script-du-pilote", "login", 200));
        assertThat(records.get(0).detail()).startsWith("formulaire de connexion, depuis ");
        assertThat(records.get(1).detail()).startsWith("HTTP Basic, depuis ");
    }

    @Test
    void aFailedSignInIsRecordedWithTheNameTyped() throws Exception {
        long mark = head();
        mvc.perform(get("/api/me").with(httpBasic(CHERCHEUR, "pas-le-bon-mot-de-passe")))
                .andExpect(status().isUnauthorized());
        assertThat(since(mark)).extracting(AuditRecord::user, AuditRecord::action, AuditRecord::status)
                .containsExactly(tuple(CHERCHEUR, "login_failed", 401));
    }

    @Test
    void aPersonLevelReadOfATerritoryIsRecordedWithTheTerritory() throws Exception {
        long mark = head();
        mvc.perform(get("/api/territories/nord/orphans").with(as(PILOTE))).andExpect(status().isOk());
        mvc.perform(get("/api/territories/nord/persons").with(as(CHERCHEUR))).andExpect(status().isOk());
        mvc.perform(get("/api/territories/nord/overlaps").with(as(ADMIN))).andExpect(status().isOk());
        assertThat(since(mark).stream().filter(r -> r.action().equals("read_persons")))
                .extracting(AuditRecord::user, AuditRecord::territoryId, AuditRecord::personId, AuditRecord::status,
                        AuditRecord::detail)
                .containsExactly(tuple(PILOTE, "nord", null, 200, "GET /api/territories/nord/orphans"),
                        tuple(CHERCHEUR, "nord", null, 200, "GET /api/territories/nord/persons"),
                        tuple(ADMIN, "nord", null, 200, "GET /api/territories/nord/overlaps"));
    }

    @Test
    void aParcoursReadIsRecordedWithThePersonAsStored() throws Exception {
        long mark = head();
        mvc.perform(get("/api/persons/pn03/parcours").with(as(PILOTE))).andExpect(status().isOk());
        // The researcher asks by pseudonym; the admins read who was looked at.
        mvc.perform(get("/api/persons/" + fixture.pseudonym(CHERCHEUR, "pn01") + "/parcours").with(as(CHERCHEUR)))
                .andExpect(status().isOk());
        assertThat(since(mark).stream().filter(r -> r.action().equals("read_persons")))
                .extracting(AuditRecord::user, AuditRecord::territoryId, AuditRecord::personId, AuditRecord::status)
                .containsExactly(tuple(PILOTE, "nord", "pn03", 200), tuple(CHERCHEUR, "nord", "pn01", 200));
    }

    @Test
    void refusedAttemptsAreRecordedWithStatus403() throws Exception {
        long mark = head();
        mvc.perform(get("/api/territories/sud/persons").with(as(PILOTE))).andExpect(status().isForbidden());
        mvc.perform(get("/api/persons/ps02/parcours").with(as(PILOTE))).andExpect(status().isForbidden());
        mvc.perform(get("/api/territories/nord/orphans").with(as(PLANIFICATEUR))).andExpect(status().isForbidden());
        mvc.perform(get("/api/territories/sud/export?format=csv").with(as(PLANIFICATEUR))).andExpect(status().isForbidden());
        mvc.perform(post("/api/imports").with(as(CHERCHEUR))).andExpect(status().isForbidden());
        mvc.perform(get("/api/users").with(as(PLANIFICATEUR))).andExpect(status().isForbidden());
        assertThat(actions(mark))
                .extracting(AuditRecord::user, AuditRecord::action, AuditRecord::territoryId, AuditRecord::personId,
                        AuditRecord::status)
                .containsExactly(tuple(PILOTE, "read_persons", "sud", null, 403),
                        tuple(PILOTE, "read_persons", "sud", "ps02", 403),
                        tuple(PLANIFICATEUR, "read_persons", "nord", null, 403),
                        tuple(PLANIFICATEUR, "export", "sud", null, 403),
                        tuple(CHERCHEUR, "import", null, null, 403),
                        tuple(PLANIFICATEUR, "access_denied", null, null, 403));
    }

    @Test
    void anExportIsRecordedWithItsTerritoryAndFormat() throws Exception {
        long mark = head();
        mvc.perform(get("/api/territories/nord/export?format=csv").with(as(PLANIFICATEUR))).andExpect(status().isOk());
        assertThat(actions(mark)).extracting(AuditRecord::user, AuditRecord::action, AuditRecord::territoryId,
                        AuditRecord::status, AuditRecord::detail)
                .containsExactly(tuple(PLANIFICATEUR, "export", "nord", 200, "GET /api/territories/nord/export?format=csv"));
    }

    @Test
    void aReportIsRecordedWithItsTerritory() throws Exception {
        long mark = head();
        mvc.perform(get("/api/territories/nord/report?format=pdf").with(as(PILOTE))).andExpect(status().isOk());
        assertThat(actions(mark)).extracting(AuditRecord::user, AuditRecord::action, AuditRecord::territoryId,
                        AuditRecord::status)
                .containsExactly(tuple(PILOTE, "report", "nord", 200));
    }

    @Test
    void anImportIsRecordedWithItsOutcome() throws Exception {
        long mark = head();
        mvc.perform(post("/api/imports").with(as(PILOTE))).andExpect(status().isBadRequest());
        // Re-importing the fixture's territories writes the same rows again (imports are idempotent).
        mvc.perform(multipart("/api/imports").file(new MockMultipartFile("file", "territories.csv", "text/csv",
                        Files.readAllBytes(Path.of("src/test/resources/access/nord-sud/territories.csv"))))
                        .with(as(ADMIN)))
                .andExpect(status().isCreated());
        assertThat(actions(mark)).extracting(AuditRecord::user, AuditRecord::action, AuditRecord::status)
                .containsExactly(tuple(PILOTE, "import", 400), tuple(ADMIN, "import", 201));
    }

    @Test
    void userChangesAreRecordedWithWhatChanged() throws Exception {
        long mark = head();
        mvc.perform(post("/api/users").with(as(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"pilote-journal\", \"password\": \"un-mot-de-passe-assez-long\", "
                                + "\"role\": \"pilote\", \"territories\": [\"nord\"]}"))
                .andExpect(status().isCreated());
        mvc.perform(patch("/api/users/pilote-journal").with(as(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"enabled\": false}")).andExpect(status().isOk());
        mvc.perform(patch("/api/users/pilote-journal").with(as(PILOTE)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"enabled\": true}")).andExpect(status().isForbidden());
        List<AuditRecord> records = since(mark).stream().filter(r -> r.action().equals("user_change")).toList();
        assertThat(records).extracting(AuditRecord::user, AuditRecord::status).containsExactly(
                tuple(ADMIN, 201), tuple(ADMIN, 200), tuple(PILOTE, 403));
        assertThat(records.get(0).detail()).isEqualTo("POST /api/users : création de pilote-journal (pilote, nord)");
        assertThat(records.get(1).detail()).isEqualTo(
                "PATCH /api/users/pilote-journal : modification de pilote-journal : enabled=false");
        assertThat(records).allSatisfy(r -> assertThat(r.detail()).doesNotContain("un-mot-de-passe-assez-long"));
    }

    @Test
    void signOutsAndPasswordChangesAreRecorded() throws Exception {
        mvc.perform(post("/api/users").with(as(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"pilote-sortant\", \"password\": \"un-mot-de-passe-assez-long\", "
                                + "\"role\": \"pilote\", \"territories\": [\"nord\"]}"))
                .andExpect(status().isCreated());
        long mark = head();
        MockHttpSession session = NordSud.signIn(mvc, "pilote-sortant", "un-mot-de-passe-assez-long");
        Cookie token = NordSud.csrfCookie(mvc, session);
        mvc.perform(post("/api/me/password").session(session).cookie(token).header("X-XSRF-TOKEN", token.getValue())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"un-mot-de-passe-assez-long\", \"newPassword\": \"le-sien-desormais\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(post("/logout").session(session).cookie(token).header("X-XSRF-TOKEN", token.getValue()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/me").session(session)).andExpect(status().isUnauthorized());
        List<AuditRecord> records = since(mark);
        assertThat(records).extracting(AuditRecord::user, AuditRecord::action, AuditRecord::status).containsExactly(
                tuple("pilote-sortant", "login", 200), tuple("pilote-sortant", "password_change", 204),
                tuple("pilote-sortant", "logout", 204));
        assertThat(records).allSatisfy(r -> assertThat(r.detail()).doesNotContain("le-sien-desormais"));
    }

    @Test
    void adminsFilterTheTrailByDayUserAndActionNewestFirst() throws Exception {
        mvc.perform(get("/api/territories/nord/persons").with(as(PILOTE))).andExpect(status().isOk());
        mvc.perform(get("/api/territories/nord/orphans").with(as(PILOTE))).andExpect(status().isOk());
        mvc.perform(get("/api/territories/nord/persons").with(as(CHERCHEUR))).andExpect(status().isOk());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        String json = mvc.perform(get("/api/audit").param("user", PILOTE).param("action", "read_persons")
                        .param("from", today.toString()).param("to", today.toString()).with(as(ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> records = JsonPath.read(json, "$[*]");
        assertThat(records).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(r -> assertThat(r).containsEntry("user", PILOTE).containsEntry("action", "read_persons"))
                .allSatisfy(r -> assertThat(r).containsKeys("at", "territoryId", "personId", "status", "detail"));
        assertThat(records).extracting(r -> ((Number) r.get("seq")).longValue())
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(records.get(0).get("detail")).isEqualTo("GET /api/territories/nord/orphans");

        mvc.perform(get("/api/audit").param("to", today.minusDays(1).toString()).with(as(ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
        mvc.perform(get("/api/audit").param("from", today.plusDays(1).toString()).with(as(ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
        mvc.perform(get("/api/audit").param("action", "lecture").with(as(ADMIN)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("action"));
        mvc.perform(get("/api/audit").param("from", "2026-13-01").with(as(ADMIN)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("from"));
    }

    @Test
    void theCsvOfTheTrailWritesCellsASpreadsheetWouldRunAsText() throws Exception {
        // Whatever is typed as a user name is recorded; a territory id asked for is recorded too.
        for (String typed : new String[] {"=SOMME(1;2)", "+1+1", "-2", "@SUM(1)"}) {
            mvc.perform(get("/api/me").with(httpBasic(typed, "x"))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/territories/=1+2/orphans").with(as(ADMIN))).andExpect(status().isNotFound());
        String csv = mvc.perform(get("/api/audit").param("format", "csv").with(as(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentType()).startsWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(csv)).getRecords();
        assertThat(rows).extracting(r -> r.get("user")).contains("'=SOMME(1;2)", "'+1+1", "'-2",
                "'@SUM(1)").noneMatch(user -> user.matches("[=+\\-@].*"));
        assertThat(rows).filteredOn(r -> r.get("detail").contains("/api/territories/=1+2/orphans"))
                .extracting(r -> r.get("territoryId"), r -> r.get("action"), r -> r.get("status"))
                .containsExactly(tuple("'=1+2", "read_persons", "404"));
        assertThat(rows).allSatisfy(r -> assertThat(r.get("territoryId")).doesNotStartWith("="));
    }

    @Test
    void theChainHoldsOverTheAppsOwnRecords() throws Exception {
        freshChain(3);
        mvc.perform(get("/api/territories/nord/persons").with(as(PILOTE))).andExpect(status().isOk());
        mvc.perform(get("/api/users").with(as(CHERCHEUR))).andExpect(status().isForbidden());
        mvc.perform(get("/api/audit/verify").with(as(ADMIN))).andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.records").value((int) head()))
                .andExpect(jsonPath("$.brokenAt").doesNotExist());
    }

    @Test
    void aRecordChangedAfterwardsBreaksTheChainAtItself() throws Exception {
        freshChain(5);
        cypher("MATCH (a:AuditRecord {seq: 3}) SET a.user = 'quelqu-un-d-autre'");
        expectBrokenAt(3, "a été modifié après coup");
    }

    @Test
    void aRecordRemovedFromTheMiddleBreaksTheChainAtItsPlace() throws Exception {
        freshChain(5);
        cypher("MATCH (a:AuditRecord {seq: 3}) DELETE a");
        expectBrokenAt(3, "manquant");
    }

    @Test
    void theLastRecordRemovedBreaksTheChainAtItsPlace() throws Exception {
        freshChain(5);
        cypher("MATCH (a:AuditRecord {seq: 5}) DELETE a");
        expectBrokenAt(5, "manque");
    }

    @Test
    void aRecordRewrittenWithItsHashRecomputedStillBreaksTheChainAfterIt() throws Exception {
        freshChain(5);
        AuditRecord third = since(2).get(0);
        AuditRecord forged = AuditTrail.seal(new AuditRecord(third.seq(), third.at(), third.user(), third.action(),
                third.territoryId(), third.personId(), 200, third.detail(), third.previousHash(), null));
        cypher("MATCH (a:AuditRecord {seq: 3}) SET a.status = 200, a.hash = '" + forged.hash() + "'");
        expectBrokenAt(4, "ne suit pas le précédent");
    }

    private void expectBrokenAt(long seq, String message) throws Exception {
        mvc.perform(get("/api/audit/verify").with(as(ADMIN))).andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.brokenAt").value((int) seq))
                .andExpect(jsonPath("$.records").value((int) seq - 1))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString(message)));
    }

    /** Starts the trail again with {@code records} refusals of a planner, appended by the app's trail. */
    private void freshChain(int records) throws Exception {
        cypher("MATCH (n) WHERE n:AuditRecord OR n:AuditHead DETACH DELETE n");
        // The admin's sign-in is recorded before the chain is built, so that verifying appends nothing.
        mvc.perform(get("/api/me").with(as(ADMIN))).andExpect(status().isOk());
        cypher("MATCH (n) WHERE n:AuditRecord OR n:AuditHead DETACH DELETE n");
        for (int i = 0; i < records; i++) {
            trail.append(new AuditEntry(PLANIFICATEUR, AuditAction.READ_PERSONS, "nord", null, 403,
                    "GET /api/territories/nord/persons"));
        }
    }

    private long head() {
        try (Session session = fixture.driver().session()) {
            return session.run("OPTIONAL MATCH (h:AuditHead) RETURN coalesce(h.seq, 0) AS seq").single().get("seq")
                    .asLong();
        }
    }

    /** The records appended after {@code seq}, oldest first. */
    private List<AuditRecord> since(long seq) {
        return trail.list(new AuditQuery(null, null, null, null, 10_000)).stream().filter(r -> r.seq() > seq)
                .sorted(Comparator.comparingLong(AuditRecord::seq)).toList();
    }

    /** The records since {@code seq} but sign-ins (an HTTP Basic call may record one before its action). */
    private List<AuditRecord> actions(long seq) {
        return since(seq).stream().filter(r -> !r.action().equals("login")).toList();
    }

    private void cypher(String statement) {
        try (Session session = fixture.driver().session()) {
            session.run(statement).consume();
        }
    }
}
