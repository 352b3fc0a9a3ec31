package fr.maillage.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import fr.maillage.Fixtures;
import fr.maillage.db.MaillageProperties;
import fr.maillage.imports.BundleImporter;
import jakarta.servlet.http.Cookie;

/**
 * The fixture {@code src/test/resources/access/nord-sud} (see its README) loaded into the
 * {@link AccessTest} context, with one user per role over {@code nord}, a second researcher, and
 * the admin; and a MockMvc that goes through the app's security filters and its audit recorder,
 * as a request to the real port does.
 */
public final class NordSud {

    public static final String ADMIN_PASSWORD = "mot-de-passe-admin-du-test";
    /** Every fixture user's password but the admin's. */
    public static final String PASSWORD = "mot-de-passe-du-test";

    public static final String ADMIN = "admin";
    public static final String PILOTE = "pilote-nord";
    public static final String CHERCHEUR = "chercheur-nord";
    public static final String CHERCHEUSE = "chercheuse-nord";
    public static final String PLANIFICATEUR = "planificateur-nord";

    public static final String FROM = "2025-01-01";
    public static final String TO = "2025-12-31";
    public static final String IN_SCOPE_PERSON = "pn01";
    public static final String OUT_OF_SCOPE_PERSON = "ps02";
    /** An import record started by {@link #PILOTE}; the fixture's own import was started by nobody. */
    public static final String PILOTE_IMPORT = "import-du-pilote-nord";

    /**
     * The fixture users' hashes are bcrypt at cost 4 instead of the app's 10: the walk signs in with
     * HTTP Basic at each of its hundreds of requests, and at cost 10 the hashing alone takes most
     * of the suite's time. The app's encoder checks them all the same (the cost is in the hash).
     */
    private static final BCryptPasswordEncoder FAST = new BCryptPasswordEncoder(4);

    private final MockMvc mvc;
    private final Driver driver;
    private final Path dataDir;
    private final String fixtureImport;

    private NordSud(MockMvc mvc, Driver driver, Path dataDir, String fixtureImport) {
        this.mvc = mvc;
        this.driver = driver;
        this.dataDir = dataDir;
        this.fixtureImport = fixtureImport;
    }

    /** Empties the graph, the users and the audit trail, loads the fixture and makes its users. */
    public static NordSud load(WebApplicationContext context) {
        Driver driver = context.getBean(Driver.class);
        Fixtures.load(driver, context.getBean(BundleImporter.class), "access/nord-sud");
        try (Session session = driver.session()) {
            // Fixtures.load keeps them, as an installation does; these tests count on theirs alone.
            session.run("MATCH (n) WHERE n:User OR n:AuditRecord OR n:AuditHead DETACH DELETE n").consume();
        }
        UserAccounts accounts = context.getBean(UserAccounts.class);
        accounts.create(ADMIN, hash(ADMIN_PASSWORD), UserRole.ADMIN, List.of(UserAccount.EVERY_TERRITORY), false);
        accounts.create(PILOTE, hash(PASSWORD), UserRole.PILOTE, List.of("nord"), false);
        accounts.create(CHERCHEUR, hash(PASSWORD), UserRole.CHERCHEUR, List.of("nord"), false);
        accounts.create(CHERCHEUSE, hash(PASSWORD), UserRole.CHERCHEUR, List.of("nord"), false);
        accounts.create(PLANIFICATEUR, hash(PASSWORD), UserRole.PLANIFICATEUR, List.of("nord"), false);
        String fixtureImport;
        try (Session session = driver.session()) {
            fixtureImport = session.run("MATCH (i:Import) RETURN i.id AS id").single().get("id").asString();
            session.run("CREATE (:Import {id: $id, user: $user, source: 'lot.zip', status: 'terminee', "
                    + "startedAt: datetime(), rowsDone: 0, rowsTotal: 0})", Map.of("id", PILOTE_IMPORT, "user", PILOTE))
                    .consume();
        }
        Path dataDir = Path.of(context.getBean(MaillageProperties.class).getDataDir());
        return new NordSud(mockMvc(context), driver, dataDir, fixtureImport);
    }

    /** A MockMvc of the app: its audit recorder around its security filters, as the servlet container has them. */
    public static MockMvc mockMvc(WebApplicationContext context) {
        FilterRegistrationBean<?> audit = context.getBean("auditRecorder", FilterRegistrationBean.class);
        return MockMvcBuilders.webAppContextSetup(context).addFilters(audit.getFilter()).apply(springSecurity()).build();
    }

    public static String hash(String password) {
        return "{bcrypt}" + FAST.encode(password);
    }

    public MockMvc mvc() {
        return mvc;
    }

    public Driver driver() {
        return driver;
    }

    /** The id of the import that loaded the fixture (started by no user). */
    public String fixtureImport() {
        return fixtureImport;
    }

    /** Signs the request in with HTTP Basic as a fixture user. */
    public static RequestPostProcessor as(String username) {
        return httpBasic(username, ADMIN.equals(username) ? ADMIN_PASSWORD : PASSWORD);
    }

    /** Every person id in the database, as stored. */
    public List<String> storedPersonIds() {
        try (Session session = driver.session()) {
            return session.run("MATCH (p:Person) RETURN p.id AS id ORDER BY id").list(r -> r.get("id").asString());
        }
    }

    /**
     * The contract's pseudonym, computed here from the installation's secret file rather than by
     * the app: {@code r-} and the first 16 hex digits of HMAC-SHA256(secret, username + "\n" + id).
     */
    public String pseudonym(String researcher, String personId) {
        try {
            byte[] secret = HexFormat.of().parseHex(
                    Files.readString(dataDir.resolve("pseudonym-secret"), StandardCharsets.UTF_8).strip());
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((researcher + "\n" + personId).getBytes(StandardCharsets.UTF_8));
            return "r-" + HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Signs in as the page does: the XSRF-TOKEN cookie of a first answer, sent back as a header with the form. */
    public static MockHttpSession signIn(MockMvc mvc, String username, String password) throws Exception {
        Cookie token = csrfCookie(mvc, null);
        MvcResult login = mvc.perform(post("/login").param("username", username).param("password", password)
                        .cookie(token).header("X-XSRF-TOKEN", token.getValue()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username))
                .andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        assertThat(session).isNotNull();
        return session;
    }

    /** The CSRF token cookie that any answer sets (the login page's included), within a session or not. */
    public static Cookie csrfCookie(MockMvc mvc, MockHttpSession session) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/me");
        if (session != null) {
            request.session(session);
        }
        Cookie cookie = mvc.perform(request).andReturn().getResponse().getCookie("XSRF-TOKEN");
        assertThat(cookie).isNotNull();
        return cookie;
    }
}
