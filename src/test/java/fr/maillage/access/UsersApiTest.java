package fr.maillage.access;

import static fr.maillage.access.NordSud.ADMIN;
import static fr.maillage.access.NordSud.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;

/** The users API for admins: creation and changes validated field by field, never a hash, always an admin left. */
@AccessTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsersApiTest {

    private static final String NEW_PASSWORD = "un-mot-de-passe-assez-long";
    private static final String CHOSEN = "choisi-par-le-pilote";

    @Autowired WebApplicationContext context;
    @Autowired FirstUsers firstUsers;

    private MockMvc mvc;

    @BeforeAll
    void load() {
        mvc = NordSud.load(context).mvc();
    }

    @Test
    void aCreatedUserIsAnsweredWithoutAnyHashAndChangesTheGivenPasswordFirst() throws Exception {
        String created = create("pilote-sud", NEW_PASSWORD, "pilote", "[\"sud\"]")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/users/pilote-sud"))
                .andExpect(jsonPath("$.username").value("pilote-sud"))
                .andExpect(jsonPath("$.role").value("pilote"))
                .andExpect(jsonPath("$.territories[0]").value("sud"))
                .andExpect(jsonPath("$.mustChangePassword").value(true))
                .andReturn().getResponse().getContentAsString();
        String listed = mvc.perform(get("/api/users").with(as(ADMIN))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == 'pilote-sud')].enabled").value(true))
                .andReturn().getResponse().getContentAsString();
        for (String answer : new String[] {created, listed}) {
            assertThat(answer).doesNotContain("password\"", "passwordHash", "{bcrypt}", "$2a$", NEW_PASSWORD);
        }

        mvc.perform(get("/api/territories").with(httpBasic("pilote-sud", NEW_PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value(
                        "Changez d'abord le mot de passe qui vous a été donné (POST /api/me/password)"));
        mvc.perform(get("/api/me").with(httpBasic("pilote-sud", NEW_PASSWORD))).andExpect(status().isOk())
                .andExpect(jsonPath("$.mustChangePassword").value(true));
        changeOwnPassword("pilote-sud", NEW_PASSWORD, CHOSEN).andExpect(status().isNoContent());
        mvc.perform(get("/api/territories/sud/network").with(httpBasic("pilote-sud", CHOSEN)))
                .andExpect(status().isOk());
    }

    @Test
    void aBadFieldOfACreationOrAChangeIsNamedIn400() throws Exception {
        expectBad(create("pilote-court", "court", "pilote", "[\"nord\"]"), "password", "Mot de passe trop court");
        expectBad(create("pilote-court", "onze-signes", "pilote", "[\"nord\"]"), "password", "12 caractères");
        expectBad(create("chef", NEW_PASSWORD, "chef", "[\"nord\"]"), "role", "Rôle inconnu : « chef »");
        expectBad(create("pilote-ouest", NEW_PASSWORD, "pilote", "[\"ouest\"]"), "territories",
                "Territoire inconnu : « ouest »");
        expectBad(create("pilote-sans", NEW_PASSWORD, "pilote", "[]"), "territories", "Territoires manquants");
        expectBad(change(NordSud.PILOTE, "{\"password\": \"court\"}"), "password", "Mot de passe trop court");
        expectBad(change(NordSud.PILOTE, "{\"role\": \"chef\"}"), "role", "Rôle inconnu");
        expectBad(change(NordSud.PILOTE, "{\"territories\": [\"ouest\"]}"), "territories", "Territoire inconnu");
        mvc.perform(get("/api/users").with(as(ADMIN)))
                .andExpect(jsonPath("$[?(@.username == 'pilote-court')]").isEmpty())
                .andExpect(jsonPath("$[?(@.username == 'pilote-nord')].territories[0]").value("nord"));
    }

    @Test
    void theLastEnabledAdminCannotBeDisabledNorGivenAnotherRole() throws Exception {
        create("admin-bis", NEW_PASSWORD, "admin", "[]").andExpect(status().isCreated());
        change("admin-bis", "{\"enabled\": false}").andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));
        expectBad(change(ADMIN, "{\"enabled\": false}"), "enabled", "dernier administrateur actif");
        expectBad(change(ADMIN, "{\"role\": \"pilote\", \"territories\": [\"nord\"]}"), "role",
                "dernier administrateur actif");
        mvc.perform(get("/api/users").with(as(ADMIN)))
                .andExpect(jsonPath("$[?(@.username == 'admin')].enabled").value(true))
                .andExpect(jsonPath("$[?(@.username == 'admin')].role").value("admin"));
    }

    @Test
    void aDisabledUserIsRefusedAtTheirNextRequestEvenInsideTheirSession() throws Exception {
        create("pilote-parti", NEW_PASSWORD, "pilote", "[\"nord\"]").andExpect(status().isCreated());
        changeOwnPassword("pilote-parti", NEW_PASSWORD, CHOSEN).andExpect(status().isNoContent());
        MockHttpSession session = NordSud.signIn(mvc, "pilote-parti", CHOSEN);
        mvc.perform(get("/api/territories/nord/persons").session(session)).andExpect(status().isOk());

        change("pilote-parti", "{\"enabled\": false}").andExpect(status().isOk());
        mvc.perform(get("/api/territories/nord/persons").session(session)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("Compte désactivé : demandez à un administrateur de le réactiver"));
        mvc.perform(get("/api/me").with(httpBasic("pilote-parti", CHOSEN))).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value("Compte désactivé : demandez à un administrateur de le réactiver"));
    }

    @Test
    void theAdminPasswordOfTheSettingsIsSetAgainAtEachStart() throws Exception {
        change(ADMIN, "{\"password\": \"choisi-dans-la-page\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.mustChangePassword").value(false));
        mvc.perform(get("/api/me").with(httpBasic(ADMIN, "choisi-dans-la-page"))).andExpect(status().isOk());
        firstUsers.run(null);
        mvc.perform(get("/api/users").with(httpBasic(ADMIN, NordSud.ADMIN_PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/me").with(httpBasic(ADMIN, "choisi-dans-la-page"))).andExpect(status().isUnauthorized());
    }

    private ResultActions create(String username, String password, String role, String territories) throws Exception {
        return mvc.perform(post("/api/users").with(as(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\": \"" + username + "\", \"password\": \"" + password + "\", \"role\": \"" + role
                        + "\", \"territories\": " + territories + "}"));
    }

    private ResultActions changeOwnPassword(String username, String current, String chosen) throws Exception {
        return mvc.perform(post("/api/me/password").with(httpBasic(username, current))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\": \"" + current + "\", \"newPassword\": \"" + chosen + "\"}"));
    }

    private ResultActions change(String username, String json) throws Exception {
        return mvc.perform(patch("/api/users/" + username).with(as(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private static void expectBad(ResultActions answer, String field, String message) throws Exception {
        answer.andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value(field))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString(message)));
    }
}
