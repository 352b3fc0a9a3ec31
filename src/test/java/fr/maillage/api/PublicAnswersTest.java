package fr.maillage.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import org.springframework.web.context.WebApplicationContext;

import fr.maillage.SignedIn;
import fr.maillage.db.MaillageProperties;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app as it is deployed by default (Bolt closed), as seen by someone who reaches its HTTP
 * port: the health check says up or down, Spring's own error answers carry a status and nothing
 * else, and a failure nobody planned for (here an INSEE folder configured where there is none)
 * gives a reference, never its reason.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"maillage.demo=false",
        "maillage.data-dir=target/test-db/${random.uuid}", "maillage.page-cache-bytes=67108864",
        "maillage.exchange-logs.keep-up=false", "maillage.insee.cog-dir=${java.io.tmpdir}/maillage-cog-absent",
        "maillage.admin-password=" + SignedIn.ADMIN_PASSWORD})
@ExtendWith(OutputCaptureExtension.class)
class PublicAnswersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired WebApplicationContext web;
    @Autowired MaillageProperties properties;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json");
        if (!path.startsWith("/actuator/health")) {
            request.header("Authorization", SignedIn.adminBasic());
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        ErrorAnswersTest.assertDiscreet(response.body(), dataDir());
        return response;
    }

    private Path dataDir() {
        return Path.of(properties.getDataDir()).toAbsolutePath().normalize();
    }

    private static Map<String, Object> json(HttpResponse<String> response) {
        return JSON.readValue(response.body(), new TypeReference<Map<String, Object>>() { });
    }

    @Test
    void anyoneLearnsOnlyWhetherTheAppIsUp() throws Exception {
        HttpResponse<String> health = send("GET", "/actuator/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        // Besides the status, only the names of the probes Kubernetes may ask for (/actuator/health/liveness).
        assertThat(json(health)).containsEntry("status", "UP").containsOnlyKeys("status", "groups")
                .containsEntry("groups", java.util.List.of("liveness", "readiness"));
        assertThat(health.body()).doesNotContain("neo4j", "bolt", "disk", "details", "components");
    }

    @Test
    void anAdminAlsoSeesTheDatabaseFolderItsFreeDiskAndThatBoltIsClosed() throws Exception {
        SignedIn.asAdmin(web).perform(get("/actuator/health").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.neo4j.status").value("UP"))
                .andExpect(jsonPath("$.components.neo4j.details.database").value("embarquée"))
                .andExpect(jsonPath("$.components.neo4j.details.dataDir").value(dataDir().toString()))
                .andExpect(jsonPath("$.components.neo4j.details.freeDiskBytes").isNumber())
                .andExpect(jsonPath("$.components.neo4j.details.bolt").value("fermé"));
    }

    @Test
    void theAppServesItsApiWithBoltClosedAndNoDriverAtAll() throws Exception {
        assertThat(context.getBeanProvider(Driver.class).getIfAvailable()).isNull();

        HttpResponse<String> territories = send("GET", "/api/territories", null);

        assertThat(territories.statusCode()).isEqualTo(200);
        assertThat(territories.body()).isEqualTo("[]");
    }

    @Test
    void springsOwnErrorAnswersCarryTheirStatusAndNoMessage() throws Exception {
        HttpResponse<String> answer = send("GET", "/nothing-here", null);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(json(answer).keySet()).isSubsetOf(Set.of("timestamp", "status", "error", "path"));
    }

    @Test
    void aBodyThatIsNoJsonIsAFrenchAnswerNamingTheBodyAndNothingOfTheParser() throws Exception {
        HttpResponse<String> answer = send("POST", "/api/territories/insee", "{not json");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer)).containsEntry("parameter", "body")
                .containsEntry("message", "Corps de la requête illisible : un objet JSON est attendu");
    }

    @Test
    void aMethodTheAccessRulesDoNotDeclareIsRefusedInFrench() throws Exception {
        HttpResponse<String> answer = send("PUT", "/api/territories", null);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(json(answer)).containsOnlyKeys("status", "message");
    }

    @Test
    void aFailureNobodyPlannedForIs500WithAReferenceThatTheLogExplains(CapturedOutput log) throws Exception {
        HttpResponse<String> answer = send("POST", "/api/territories/insee",
                "{\"id\": \"dac\", \"name\": \"DAC\", \"communes\": [\"58194\"]}");

        assertThat(answer.statusCode()).isEqualTo(500);
        Map<String, Object> body = json(answer);
        String reference = (String) body.get("reference");
        assertThat(reference).matches("[0-9a-f]{8}");
        assertThat(body).containsEntry("status", 500);
        assertThat((String) body.get("message")).startsWith("Erreur interne du serveur").contains(reference);
        String absent = Path.of(System.getProperty("java.io.tmpdir"), "maillage-cog-absent").toString();
        assertThat(answer.body()).doesNotContain(absent);
        assertThat(log.getOut()).contains("Erreur inattendue, référence " + reference + " : POST /api/territories/insee",
                "NoSuchFileException", absent);
    }
}
