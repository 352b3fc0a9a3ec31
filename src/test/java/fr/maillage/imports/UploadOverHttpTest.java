package fr.maillage.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jayway.jsonpath.JsonPath;

import fr.maillage.SignedIn;
import fr.maillage.TestGraph;

/**
 * Uploads through the real servlet container, whose multipart parsing and limits a mock request
 * skips: a small {@code maillage.import.max-upload-size}, and no import folder (the default).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"maillage.demo=false",
        "maillage.data-dir=target/test-db/${random.uuid}", "maillage.page-cache-bytes=67108864",
        "maillage.exchange-logs.keep-up=false", "maillage.import.max-upload-size=16KB",
        "maillage.admin-password=" + SignedIn.ADMIN_PASSWORD, "maillage.bolt.enabled=true"})
class UploadOverHttpTest {

    @LocalServerPort int port;
    @Autowired Driver driver;
    @Autowired BundleImporter importer;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void empty() {
        TestGraph.clear(driver);
    }

    @Test
    void severalCsvFilesUnderTheLimitAreParsedAndImported() throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (var files = Files.list(BundleImportTest.VALID)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                parts.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }

        HttpResponse<String> answer = upload(parts);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(JsonPath.<Integer>read(answer.body(), "$.counts['referrals.csv']")).isEqualTo(3);
        assertThat(GraphContent.of(driver).nodes()).isEqualTo(24);
    }

    @Test
    void anUploadOverTheLimitGets413WithAFrenchMessageNamingTheLimitAndTheSetting() throws Exception {
        StringBuilder big = new StringBuilder("id,name,kind\n");
        for (int i = 0; big.length() < 40_000; i++) {
            big.append("t").append(i).append(",Territoire ").append(i).append(",commune\n");
        }

        HttpResponse<String> answer = upload(Map.of("territories.csv", big.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        assertThat(JsonPath.<String>read(answer.body(), "$.message")).contains("16 Ko")
                .contains("maillage.import.max-upload-size");
        assertThat(GraphContent.of(driver).nodes()).isZero();
    }

    /** A hostile upload and the first problem its 422 must list. */
    record HostileUpload(String name, String file, byte[] content, String problemFile, Integer line, String column,
                         String messagePart) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<HostileUpload> hostileUploads() throws IOException {
        byte[] persons = Files.readAllBytes(BundleImportTest.VALID.resolve("persons.csv"));
        String personsText = new String(persons, StandardCharsets.UTF_8);
        return Stream.of(
                new HostileUpload("entrée en ../", "lot.zip", HostileBundleTest.zipBytes(Map.of("../../persons.csv", persons)),
                        "../../persons.csv", null, null, "« .. »"),
                new HostileUpload("zip dans le zip", "lot.zip", HostileBundleTest.zipBytes(Map.of("interne.zip",
                        HostileBundleTest.zipBytes(Map.of("persons.csv", persons)))), "interne.zip", null, null, "archive zip dans l'archive"),
                new HostileUpload("colonne nom", "persons.csv", personsText.replace("legal_protection\n",
                        "legal_protection,nom\n").getBytes(StandardCharsets.UTF_8), "persons.csv", 1, "nom",
                        "pseudonymes"),
                new HostileUpload("NIR", "persons.csv", personsText.replace("x3,terr", "285057800608436,terr")
                        .getBytes(StandardCharsets.UTF_8), "persons.csv", 4, "id", "NIR"),
                new HostileUpload("octet nul", "persons.csv", personsText.replace("x2,cb", "x2\0,cb")
                        .getBytes(StandardCharsets.UTF_8), "persons.csv", 3, "id", "caractère nul"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileUploads")
    void aHostileUploadGets422WithTheLocatedFrenchProblemAndTheDatabaseUnchanged(HostileUpload hostile)
            throws Exception {
        importer.importBundle(BundleImportTest.VALID);
        GraphContent before = GraphContent.of(driver);

        HttpResponse<String> answer = upload(Map.of(hostile.file(), hostile.content()));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        List<Map<String, Object>> errors = JsonPath.read(answer.body(), "$.errors");
        assertThat(errors).anySatisfy(error -> {
            assertThat(error.get("file")).isEqualTo(hostile.problemFile());
            assertThat(error.get("line")).isEqualTo(hostile.line());
            assertThat(error.get("column")).isEqualTo(hostile.column());
            assertThat((String) error.get("message")).contains(hostile.messagePart());
        });
        assertThat(GraphContent.of(driver)).isEqualTo(before);
    }

    @Test
    void aZipOverTheUploadLimitGets413NamingTheLimitAndTheSettingAndTheDatabaseUnchanged() throws Exception {
        importer.importBundle(BundleImportTest.VALID);
        GraphContent before = GraphContent.of(driver);
        byte[] noise = new byte[40_000];
        new java.util.Random(1).nextBytes(noise);

        HttpResponse<String> answer = upload(Map.of("lot.zip", HostileBundleTest.zipBytes(Map.of("persons.csv", noise))));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(JsonPath.<String>read(answer.body(), "$.message")).contains("16 Ko")
                .contains("maillage.import.max-upload-size");
        assertThat(GraphContent.of(driver)).isEqualTo(before);
    }

    @Test
    void folderImportsAreRefusedWhileNoImportFolderIsConfigured() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base() + "?path=lot")).header("Authorization", SignedIn.adminBasic())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<String>read(answer.body(), "$.parameter")).isEqualTo("path");
        assertThat(JsonPath.<String>read(answer.body(), "$.message")).contains("désactivés")
                .contains("maillage.import.folder");
    }

    private String base() {
        return "http://localhost:" + port + "/api/imports";
    }

    /** A multipart/form-data POST with one {@code file} part per entry, as {@code curl -F file=@…} sends it. */
    private HttpResponse<String> upload(Map<String, byte[]> files) throws IOException, InterruptedException {
        String boundary = "----maillage" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getKey()
                    + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(file.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(base())).header("Authorization", SignedIn.adminBasic())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
