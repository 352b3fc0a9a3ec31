package fr.maillage.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.context.WebApplicationContext;

import fr.maillage.SignedIn;
import fr.maillage.MaillageTest;
import fr.maillage.db.MaillageProperties;

/**
 * Every kind of error answer the API gives, provoked for real: each says what went wrong in
 * French and never names a server folder, an exception class or a line of a stack trace.
 */
@MaillageTest
class ErrorAnswersTest {

    @Autowired WebApplicationContext context;
    @Autowired MaillageProperties properties;
    /** A folder of its own inside the test apps' import folder ({@code maillage.import.folder}). */
    private final Path folder = Path.of("target/test-imports", "errors-" + java.util.UUID.randomUUID()).toAbsolutePath();

    MockMvc http;

    @BeforeEach
    void http() {
        http = SignedIn.asAdmin(context);
    }

    /** The body of the answer, after checking its status and that it gives nothing of the server away. */
    private String answer(RequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = http.perform(request).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertDiscreet(body, Path.of(properties.getDataDir()).toAbsolutePath().normalize(), folder);
        return body;
    }

    static void assertDiscreet(String body, Path... serverFolders) {
        assertThat(body).doesNotContain("/work/", "/tmp/", "/home/", "/root/", System.getProperty("user.dir"),
                System.getProperty("java.io.tmpdir") + "/");
        for (Path server : serverFolders) {
            assertThat(body).doesNotContain(server.toString());
        }
        assertThat(body).doesNotContainPattern("[A-Z][A-Za-z]*(Exception|Error)\\b")
                .doesNotContainPattern("\\bat [a-z]+\\.[a-z]").doesNotContain("java.", "org.", "\"trace\"", "\"exception\"");
    }

    @Test
    void unknownTerritoriesPersonsAndImportsAre404InFrench() throws Exception {
        assertThat(answer(get("/api/territories/nulle-part/orphans"), 404)).contains("Territoire inconnu");
        assertThat(answer(get("/api/persons/personne/parcours"), 404)).contains("inconnu");
        assertThat(answer(get("/api/imports/aucun"), 404)).contains("Import inconnu");
    }

    @Test
    void malformedParametersAre400NamingTheParameter() throws Exception {
        assertThat(answer(get("/api/territories/nord/overlaps?from=2025-02-01&to=2025-01-01"), 400))
                .contains("\"parameter\":\"from\"");
        assertThat(answer(get("/api/territories/nord/orphans?asOf=hier"), 400)).contains("AAAA-MM-JJ");
        assertThat(answer(get("/api/compare"), 400)).contains("manquant");
        assertThat(answer(post("/api/imports"), 400)).contains("Donnez soit le lot envoyé");
    }

    @Test
    void aServerFolderThatIsNotThereIsRejectedWithoutEchoingItsPath() throws Exception {
        Files.createDirectories(folder);
        String body = answer(post("/api/imports").param("path", folder.getFileName() + "/export-2026-11"), 422);
        assertThat(body).contains("\"file\":\"" + folder.getFileName() + "/export-2026-11\"", "introuvable");
    }

    @Test
    void anUploadThatIsNoZipIsRejectedByItsOwnName() throws Exception {
        MockMultipartFile notZip = new MockMultipartFile("file", "lot.zip", "application/zip", "pas un zip".getBytes());
        assertThat(answer(multipart("/api/imports").file(notZip), 422)).contains("\"file\":\"lot.zip\"", "zip");
    }

    @Test
    void aBodyThatIsNoFhirBundleIs400InFrench() throws Exception {
        assertThat(answer(post("/api/imports/ror").contentType("application/fhir+json").content("{pas du json"), 400))
                .contains("Bundle FHIR R4");
        assertThat(answer(post("/api/imports/ror").contentType("application/fhir+json")
                .content("{\"resourceType\": \"Patient\"}"), 400)).contains("Bundle FHIR R4");
        // HAPI's parser threw a NullPointerException on it: a 500.
        assertThat(answer(post("/api/imports/ror").contentType("application/fhir+json")
                .content("{\"resourceType\": \"Bundle\", \"entry\": [{\"resource\": null}]}"), 400))
                .contains("Bundle FHIR R4", "entrée sans ressource");
    }

    @Test
    void aRepeatedParameterIsShownByItsValuesNotByAJavaArray() throws Exception {
        assertThat(answer(get("/api/territories/nord/orphans?asOf=hier&asOf=demain"), 400))
                .contains("« hier, demain »", "\"parameter\":\"asOf\"");
    }

    @Test
    void aBodyOfTheWrongShapeIs400NamingTheField() throws Exception {
        assertThat(answer(post("/api/users").contentType("application/json").content("{\"username\": [\"a\"]}"), 400))
                .contains("\"parameter\":\"username\"", "type inattendu");
        assertThat(answer(post("/api/users").contentType("application/json").content("{pas du json"), 400))
                .contains("\"parameter\":\"body\"", "objet JSON");
    }

    @Test
    void anIdentifierThatThePathCannotCarryIs400InFrench() throws Exception {
        assertThat(answer(get(URI.create("/api/territories/a%2Fb/network")), 400)).contains("Adresse refusée");
    }

    @Test
    void theInseeHelperWithoutItsFolderSaysHowToConfigureIt() throws Exception {
        assertThat(answer(post("/api/territories/insee").contentType("application/json")
                .content("{\"id\": \"dac\", \"name\": \"DAC\", \"communes\": [\"58194\"]}"), 503))
                .contains("maillage.insee.cog-dir");
    }
}
