package fr.maillage.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import jakarta.servlet.http.Cookie;

/**
 * Signing in: the login form and HTTP Basic, failed sign-ins slowed down and then locked (the
 * {@link AccessTest} settings: 150 ms, then 300 ms; locked for 10 minutes after 3), the CSRF
 * protection of the session, the Basic challenge for scripts only, and the security headers.
 */
@AccessTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInTest {

    private static final String WRONG = "pas-le-bon-mot-de-passe";
    private static final String INCORRECT = "Identifiant ou mot de passe incorrect";

    @Autowired WebApplicationContext context;
    @Autowired UserAccounts accounts;
    @Autowired TestClock clock;

    private MockMvc mvc;

    @BeforeAll
    void load() {
        mvc = NordSud.load(context).mvc();
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void eachFailedSignInWaitsLongerThanTheOneBefore() throws Exception {
        String user = newPilot("pilote-lent");
        assertThat(failedSignIn(user).elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(failedSignIn(user).elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        Attempt third = failedSignIn(user);
        assertThat(third.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(third.message()).startsWith("Compte verrouillé après 3 échecs de connexion, jusqu'à ")
                .endsWith("(10 minutes)");
    }

    @Test
    void anAccountLockedAfterThreeFailuresRefusesTheRightPasswordUntilTheLockEnds() throws Exception {
        String user = newPilot("pilote-verrouille");
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            messages.add(failedSignIn(user).message());
        }
        assertThat(messages).containsExactly(INCORRECT, INCORRECT, messages.get(2));
        assertThat(messages.get(2)).startsWith("Compte verrouillé");

        mvc.perform(get("/api/me").with(NordSud.as(user))).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("Compte verrouillé")));
        clock.advance(Duration.ofMinutes(9));
        mvc.perform(get("/api/me").with(NordSud.as(user))).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("Compte verrouillé")));
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        mvc.perform(get("/api/me").with(NordSud.as(user))).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(user));
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() throws Exception {
        String user = newPilot("pilote-distrait");
        failedSignIn(user);
        failedSignIn(user);
        mvc.perform(get("/api/me").with(NordSud.as(user))).andExpect(status().isOk());
        assertThat(failedSignIn(user).message()).isEqualTo(INCORRECT);
        assertThat(failedSignIn(user).message()).isEqualTo(INCORRECT);
    }

    @Test
    void anUnknownNameGetsTheAnswersAndTheWaitsOfAnExistingOne() throws Exception {
        String known = newPilot("pilote-connu");
        List<String> knownAnswers = new ArrayList<>();
        List<String> unknownAnswers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            knownAnswers.add(failedSignIn(known).message());
            Attempt unknown = failedSignIn("personne-de-ce-nom");
            unknownAnswers.add(unknown.message());
            if (i == 0) {
                assertThat(unknown.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(150));
            }
        }
        assertThat(unknownAnswers).isEqualTo(knownAnswers);
        assertThat(knownAnswers.get(3)).startsWith("Compte verrouillé");
    }

    @Test
    void theLoginFormAnswersTheUserAsJsonAndOpensASession() throws Exception {
        MockHttpSession session = NordSud.signIn(mvc, NordSud.PILOTE, NordSud.PASSWORD);
        mvc.perform(get("/api/me").session(session)).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(NordSud.PILOTE))
                .andExpect(jsonPath("$.territories[0]").value("nord"));
    }

    @Test
    void theLoginFormRefusesAWrongPasswordInFrench() throws Exception {
        Cookie token = NordSud.csrfCookie(mvc, null);
        mvc.perform(post("/login").param("username", NordSud.PLANIFICATEUR).param("password", WRONG)
                        .cookie(token).header("X-XSRF-TOKEN", token.getValue()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value(INCORRECT));
    }

    @Test
    void aWriteInASessionNeedsTheCsrfTokenAndAScriptsBasicWriteDoesNot() throws Exception {
        String user = newPilot("pilote-csrf");
        MockHttpSession session = NordSud.signIn(mvc, user, NordSud.PASSWORD);
        String change = "{\"currentPassword\": \"" + NordSud.PASSWORD + "\", \"newPassword\": \"un-autre-mot-de-passe\"}";
        mvc.perform(post("/api/me/password").session(session).contentType(MediaType.APPLICATION_JSON).content(change))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value(
                        "Jeton anti-CSRF absent ou périmé : rechargez la page (les scripts utilisent HTTP Basic)"));
        Cookie token = NordSud.csrfCookie(mvc, session);
        mvc.perform(post("/api/me/password").session(session).cookie(token).header("X-XSRF-TOKEN", token.getValue())
                        .contentType(MediaType.APPLICATION_JSON).content(change))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/me").with(httpBasic(user, "un-autre-mot-de-passe"))).andExpect(status().isOk());

        mvc.perform(post("/api/me/password").with(httpBasic(user, "un-autre-mot-de-passe"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("currentPassword"));
    }

    @Test
    void onlyAScriptIsChallengedForHttpBasic() throws Exception {
        mvc.perform(get("/api/territories")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic realm=\"Maillage\"")))
                .andExpect(jsonPath("$.message").value(
                        "Connexion requise : connectez-vous sur /connexion.html, ou en HTTP Basic pour un script"));
        mvc.perform(get("/api/territories").header("X-Requested-With", "XMLHttpRequest"))
                .andExpect(status().isUnauthorized()).andExpect(header().doesNotExist("WWW-Authenticate"));
        mvc.perform(get("/api/territories").accept(MediaType.TEXT_HTML))
                .andExpect(status().isUnauthorized()).andExpect(header().doesNotExist("WWW-Authenticate"));
        mvc.perform(get("/index.html")).andExpect(status().isFound())
                .andExpect(header().string("Location", "/connexion.html?suite=%2Findex.html"))
                .andExpect(header().doesNotExist("WWW-Authenticate"));
    }

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeaders() throws Exception {
        List<MockHttpServletResponse> answers = List.of(
                mvc.perform(get("/index.html").with(NordSud.as(NordSud.PILOTE))).andExpect(status().isOk())
                        .andReturn().getResponse(),
                mvc.perform(get("/api/territories").with(NordSud.as(NordSud.PILOTE))).andExpect(status().isOk())
                        .andReturn().getResponse(),
                mvc.perform(get("/api/territories")).andExpect(status().isUnauthorized()).andReturn().getResponse(),
                mvc.perform(get("/")).andExpect(status().isFound()).andReturn().getResponse());
        for (MockHttpServletResponse answer : answers) {
            assertThat(answer.getHeader("Content-Security-Policy")).contains("default-src 'self'",
                    "script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(answer.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.getHeader("X-Frame-Options")).isEqualTo("DENY");
        }
    }

    /** A failed sign-in's message (the hour a lock ends written HH:mm, as it may change between two attempts) and wait. */
    record Attempt(String message, Duration elapsed) {
    }

    private Attempt failedSignIn(String username) throws Exception {
        long start = System.nanoTime();
        MockHttpServletResponse response = mvc.perform(get("/api/me").with(httpBasic(username, WRONG)))
                .andReturn().getResponse();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        String message = com.jayway.jsonpath.JsonPath.read(response.getContentAsString(), "$.message");
        return new Attempt(message.replaceAll("\\d\\d:\\d\\d", "HH:mm"), elapsed);
    }

    private String newPilot(String username) {
        accounts.create(username, NordSud.hash(NordSud.PASSWORD), UserRole.PILOTE, List.of("nord"), false);
        return username;
    }
}
