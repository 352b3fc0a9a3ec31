package fr.maillage.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import fr.maillage.MaillageApplication;
import fr.maillage.demo.RestartTest.App;

/**
 * The first users of an installation, on two starts of the app on one data folder as a newcomer
 * makes them: the first with the demo and no admin password set, the second with
 * {@code maillage.admin-password}.
 */
class FirstUsersTest {

    private static final String PASSWORD_FILE = "mots-de-passe-initiaux.txt";

    @TempDir
    Path dataDir;

    @Test
    void aFirstStartGivesOneTimePasswordsInAnOwnerOnlyFileAndASecondStartSetsTheAdminPasswordOfItsSettings()
            throws Exception {
        Path file = dataDir.resolve(PASSWORD_FILE);
        String written;
        try (App app = start()) {
            MockMvc mvc = NordSud.mockMvc((WebApplicationContext) app.context());
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            written = Files.readString(file, StandardCharsets.UTF_8);
            Map<String, String> passwords = passwords(written);
            assertThat(passwords).containsOnlyKeys("admin", "pilote-nevers", "chercheur", "planificateur")
                    .allSatisfy((user, password) -> assertThat(password).hasSizeGreaterThanOrEqualTo(20));

            String once = passwords.get("admin");
            mvc.perform(get("/api/me").with(httpBasic("admin", once))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.role").value("admin"))
                    .andExpect(jsonPath("$.mustChangePassword").value(true));
            for (String url : List.of("/api/territories", "/api/users", "/api/territories/agglo-nevers/network")) {
                mvc.perform(get(url).with(httpBasic("admin", once))).andExpect(status().isForbidden())
                        .andExpect(jsonPath("$.message").value(
                                "Changez d'abord le mot de passe qui vous a été donné (POST /api/me/password)"));
            }
            mvc.perform(post("/api/me/password").with(httpBasic("admin", once)).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"currentPassword\": \"" + once + "\", \"newPassword\": \"choisi-par-l-admin\"}"))
                    .andExpect(status().isNoContent());
            mvc.perform(get("/api/users").with(httpBasic("admin", "choisi-par-l-admin"))).andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].username").value(org.hamcrest.Matchers.containsInAnyOrder(
                            "admin", "chercheur", "pilote-nevers", "planificateur")));
            mvc.perform(get("/api/me").with(httpBasic("admin", once))).andExpect(status().isUnauthorized());

            expectMe(mvc, "pilote-nevers", passwords, "pilote", "agglo-nevers");
            expectMe(mvc, "chercheur", passwords, "chercheur", "*");
            expectMe(mvc, "planificateur", passwords, "planificateur", "*");
            mvc.perform(get("/api/territories/agglo-nevers/persons")
                    .with(httpBasic("pilote-nevers", passwords.get("pilote-nevers")))).andExpect(status().isOk());
            mvc.perform(get("/api/territories/morvan/persons")
                    .with(httpBasic("pilote-nevers", passwords.get("pilote-nevers")))).andExpect(status().isForbidden());
        }

        try (App app = start("--maillage.admin-password=celui-des-reglages")) {
            MockMvc mvc = NordSud.mockMvc((WebApplicationContext) app.context());
            mvc.perform(get("/api/users").with(httpBasic("admin", "celui-des-reglages"))).andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.username == 'admin')].mustChangePassword").value(false));
            mvc.perform(get("/api/me").with(httpBasic("admin", "choisi-par-l-admin"))).andExpect(status().isUnauthorized());
            // Nothing new was generated: no password was written or printed again.
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(written);
        }
    }

    private static void expectMe(MockMvc mvc, String user, Map<String, String> passwords, String role, String territory)
            throws Exception {
        mvc.perform(get("/api/me").with(httpBasic(user, passwords.get(user)))).andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value(role))
                .andExpect(jsonPath("$.territories").value(org.hamcrest.Matchers.contains(territory)))
                .andExpect(jsonPath("$.mustChangePassword").value(false));
    }

    /** user -> password, from the file's lines "user TAB password TAB who" (after its # heading). */
    private static Map<String, String> passwords(String file) {
        Map<String, String> passwords = new LinkedHashMap<>();
        file.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t"))
                .forEach(cells -> passwords.put(cells[0], cells[1]));
        return passwords;
    }

    private App start(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--maillage.data-dir=" + dataDir, "--server.port=0",
                "--maillage.page-cache-bytes=67108864", "--maillage.exchange-logs.keep-up=false"));
        args.addAll(List.of(more));
        return new App(new SpringApplicationBuilder(MaillageApplication.class).run(args.toArray(String[]::new)));
    }
}
