package fr.maillage.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

import com.jayway.jsonpath.JsonPath;

import fr.maillage.SignedIn;
import fr.maillage.MaillageTest;
import fr.maillage.TestGraph;

@MaillageTest
class ImportApiTest {

    @Autowired Driver driver;
    @Autowired WebApplicationContext context;
    @Autowired BundleImporter importer;
    @Autowired ImportProperties properties;
    @TempDir Path temp;

    MockMvc mvc;
    /** This test's own folder inside the import folder, named relative to it as a caller would. */
    String mine;
    Path mineOnDisk;

    @BeforeEach
    void setUp() throws IOException {
        TestGraph.clear(driver);
        mvc = SignedIn.asAdmin(context);
        mine = UUID.randomUUID().toString();
        mineOnDisk = Files.createDirectories(Path.of(properties.getFolder()).resolve(mine));
    }

    @Test
    void uploadedZipIsImportedWithCountsPerFileAndItsStatusCanBeFollowed() throws Exception {
        byte[] zip = Files.readAllBytes(BundleImportTest.zip(BundleImportTest.VALID, temp.resolve("lot.zip")));

        String body = mvc.perform(multipart("/api/imports").file(new MockMultipartFile("file", "lot.zip", "application/zip", zip)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.counts['territories.csv']").value(4))
                .andExpect(jsonPath("$.counts['referrals.csv']").value(3))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");

        mvc.perform(get("/api/imports/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("terminee"))
                .andExpect(jsonPath("$.rowsDone").value(24))
                .andExpect(jsonPath("$.rowsTotal").value(24))
                .andExpect(jsonPath("$.counts['partnerships.csv']").value(2))
                .andExpect(jsonPath("$.source").value("lot.zip"))
                .andExpect(jsonPath("$.user").value("admin"))
                .andExpect(jsonPath("$.startedAt").isNotEmpty())
                .andExpect(jsonPath("$.finishedAt").isNotEmpty())
                .andExpect(jsonPath("$.endedAt").isNotEmpty());
    }

    @Test
    void severalCsvFilesUploadedTogetherImportLikeTheFolder() throws Exception {
        mvc.perform(withValidCsvFiles(multipart("/api/imports")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.counts.length()").value(8))
                .andExpect(jsonPath("$.counts['involvements.csv']").value(3));

        assertThat(GraphContent.of(driver).nodes()).isEqualTo(24);
    }

    @Test
    void aPartSentWithAPathIsKeptUnderItsBaseNameOnly() throws Exception {
        mvc.perform(multipart("/api/imports").file(csv("../../../etc/territories.csv",
                        BundleImportTest.VALID.resolve("territories.csv"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.counts['territories.csv']").value(4));

        mvc.perform(get("/api/imports")).andExpect(jsonPath("$[0].source").value("territories.csv"));
    }

    @Test
    void uploadedFilesOutsideTheContractAreRefusedNamingEachAndNothingIsWritten() throws Exception {
        String body = mvc.perform(multipart("/api/imports")
                        .file(csv("territories.csv", BundleImportTest.VALID.resolve("territories.csv")))
                        .file(new MockMultipartFile("file", "referals.csv", "text/csv", "id\n".getBytes()))
                        .file(new MockMultipartFile("file", "notes.txt", "text/plain", "à lire".getBytes())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].file").value("referals.csv"))
                .andExpect(jsonPath("$.errors[0].line").isEmpty())
                .andExpect(jsonPath("$.errors[0].column").isEmpty())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("referrals.csv")))
                .andExpect(jsonPath("$.errors[1].file").value("notes.txt"))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("archive .zip")))
                .andReturn().getResponse().getContentAsString();

        assertThat(GraphContent.of(driver).nodes()).isZero();
        mvc.perform(get("/api/imports/" + JsonPath.read(body, "$.id")))
                .andExpect(jsonPath("$.status").value("rejetee"))
                .andExpect(jsonPath("$.user").value("admin"))
                .andExpect(jsonPath("$.source").value("territories.csv, referals.csv, notes.txt"));
    }

    @Test
    void twoPartsOfTheSameNameAreRefused() throws Exception {
        MockMultipartFile territories = csv("territories.csv", BundleImportTest.VALID.resolve("territories.csv"));

        mvc.perform(multipart("/api/imports").file(territories).file(territories))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].file").value("territories.csv"))
                .andExpect(jsonPath("$.errors[0].message").value("fichier envoyé deux fois"));
        assertThat(GraphContent.of(driver).nodes()).isZero();
    }

    @Test
    void aZipSentWithCsvFilesIsRefusedNamingTheZip() throws Exception {
        byte[] zip = Files.readAllBytes(BundleImportTest.zip(BundleImportTest.VALID, temp.resolve("lot.zip")));

        mvc.perform(multipart("/api/imports").file(new MockMultipartFile("file", "lot.zip", "application/zip", zip))
                        .file(csv("persons.csv", BundleImportTest.VALID.resolve("persons.csv"))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].file").value("lot.zip"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("s'envoie seule")));
        assertThat(GraphContent.of(driver).nodes()).isZero();
    }

    @Test
    void hiddenOrRelativePartNamesAreRefused() throws Exception {
        mvc.perform(multipart("/api/imports")
                        .file(csv(".territories.csv", BundleImportTest.VALID.resolve("territories.csv")))
                        .file(new MockMultipartFile("file", "lot/..", "text/csv", "id\n".getBytes())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].file").value(".territories.csv"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("nom de fichier refusé")))
                .andExpect(jsonPath("$.errors[1].file").value(".."));
        assertThat(GraphContent.of(driver).nodes()).isZero();
    }

    @Test
    void folderInTheImportFolderWithProblemsIsRefusedWith422AndEveryLocatedError() throws Exception {
        Path bundle = Files.createDirectories(mineOnDisk.resolve("lot"));
        Files.writeString(bundle.resolve("territories.csv"), "id,name,kind\nt1,Territoire,pays\n");
        Files.writeString(bundle.resolve("referals.csv"), "id\n");

        String body = mvc.perform(post("/api/imports").param("path", mine + "/lot"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].file").value("referals.csv"))
                .andExpect(jsonPath("$.errors[0].line").isEmpty())
                .andExpect(jsonPath("$.errors[1].file").value("territories.csv"))
                .andExpect(jsonPath("$.errors[1].line").value(2))
                .andExpect(jsonPath("$.errors[1].column").value("kind"))
                .andReturn().getResponse().getContentAsString();

        mvc.perform(get("/api/imports/" + JsonPath.read(body, "$.id")))
                .andExpect(jsonPath("$.status").value("rejetee"))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("pays")));
        assertThat(GraphContent.of(driver).nodes()).isZero();
    }

    @Test
    void bundleInTheImportFolderIsImportedByItsPathThere() throws Exception {
        Files.copy(BundleImportTest.zip(BundleImportTest.VALID, temp.resolve("lot.zip")), mineOnDisk.resolve("lot.zip"));

        mvc.perform(post("/api/imports").param("path", mine + "/lot.zip"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.counts['persons.csv']").value(3));
        mvc.perform(post("/api/imports").param("path", mineOnDisk.toAbsolutePath() + "/lot.zip"))
                .andExpect(status().isCreated());
    }

    @Test
    void pathsLeadingOutOfTheImportFolderAreRefusedWithoutNamingServerFolders() throws Exception {
        Files.createSymbolicLink(mineOnDisk.resolve("ailleurs"), temp);
        String importFolder = Path.of(properties.getFolder()).toAbsolutePath().toString();

        for (String path : List.of("/etc", "../test-db", mine + "/../../pom.xml", mine + "/ailleurs")) {
            mvc.perform(post("/api/imports").param("path", path))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value("path"))
                    .andExpect(jsonPath("$.message").value(containsString("« " + path + " » refusé")))
                    .andExpect(content().string(not(containsString(importFolder))))
                    .andExpect(content().string(not(containsString(temp.toString()))));
        }
    }

    @Test
    void aSymbolicLinkInAFolderLeadingOutIsAProblemOfThatFile() throws Exception {
        Path bundle = Files.createDirectories(mineOnDisk.resolve("lot"));
        Files.copy(BundleImportTest.VALID.resolve("territories.csv"), bundle.resolve("territories.csv"));
        Path outside = Files.copy(BundleImportTest.VALID.resolve("structures.csv"), temp.resolve("structures.csv"));
        Files.createSymbolicLink(bundle.resolve("structures.csv"), outside);

        mvc.perform(post("/api/imports").param("path", mine + "/lot"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].file").value("structures.csv"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("lien symbolique")))
                .andExpect(content().string(not(containsString(temp.toString()))));
        assertThat(GraphContent.of(driver).nodes()).isZero();
    }

    @Test
    void aMissingBundleIsNamedOnlyAsTheCallerSentIt() throws Exception {
        mvc.perform(post("/api/imports").param("path", mine + "/absent"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].file").value(mine + "/absent"))
                .andExpect(jsonPath("$.errors[0].message").value("dossier ou archive zip introuvable dans le dossier des imports"));
    }

    @Test
    void historyListsImportsNewestFirstWithWhoWhenStatusAndCounts() throws Exception {
        mvc.perform(withValidCsvFiles(multipart("/api/imports"))).andExpect(status().isCreated());
        mvc.perform(multipart("/api/imports").file(new MockMultipartFile("file", "referals.csv", "text/csv", "id\n".getBytes())))
                .andExpect(status().isUnprocessableEntity());

        mvc.perform(get("/api/imports"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].status").value("rejetee"))
                .andExpect(jsonPath("$[0].source").value("referals.csv"))
                .andExpect(jsonPath("$[0].errors").doesNotExist())
                .andExpect(jsonPath("$[1].status").value("terminee"))
                .andExpect(jsonPath("$[1].user").value("admin"))
                .andExpect(jsonPath("$[1].counts['persons.csv']").value(3))
                .andExpect(jsonPath("$[1].rowsDone").value(24))
                .andExpect(jsonPath("$[1].rowsTotal").value(24))
                .andExpect(jsonPath("$[1].startedAt").isNotEmpty())
                .andExpect(jsonPath("$[1].endedAt").isNotEmpty());
        mvc.perform(get("/api/imports").param("limit", "1"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].status").value("rejetee"));
    }

    @Test
    void historyLimitOutsideOneToFiveHundredIsABadRequestNamingIt() throws Exception {
        for (String limit : List.of("0", "501", "beaucoup")) {
            mvc.perform(get("/api/imports").param("limit", limit))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.parameter").value("limit"))
                    .andExpect(jsonPath("$.message").value(containsString("« limit »")));
        }
        mvc.perform(get("/api/imports").param("limit", "500")).andExpect(status().isOk());
    }

    /**
     * A transaction of the test holds the lock of referral r2, so the update import writes its
     * structure, then waits on r2 until the test lets go: meanwhile, the history shows it under way.
     */
    @Test
    void theImportUnderWayIsInTheHistoryWithTheRowsWrittenSoFar() throws Exception {
        importer.importBundle(BundleImportTest.VALID);
        CompletableFuture<ImportOutcome> update;
        try (Session session = driver.session(); Transaction lock = session.beginTransaction()) {
            lock.run("MATCH (r:Referral {id: 'r2'}) SET r.locked = true").consume();
            update = CompletableFuture.supplyAsync(() -> importer.importBundle(Path.of("src/test/resources/imports/update")));

            String running = awaitRunning();
            assertThat(JsonPath.<String>read(running, "$[0].status")).isEqualTo("en_cours");
            assertThat(JsonPath.<Integer>read(running, "$[0].rowsDone")).isEqualTo(1);
            assertThat(JsonPath.<Integer>read(running, "$[0].rowsTotal")).isEqualTo(2);
            assertThat(JsonPath.<Object>read(running, "$[0].endedAt")).isNull();
            assertThat(JsonPath.<String>read(running, "$[1].status")).isEqualTo("terminee");
            lock.rollback();
        }
        String id = update.get().id();
        mvc.perform(get("/api/imports/" + id)).andExpect(jsonPath("$.status").value("terminee"))
                .andExpect(jsonPath("$.rowsDone").value(2));
    }

    /** The history once the newest import has written a row, or the test fails after 30 s. */
    private String awaitRunning() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            String history = mvc.perform(get("/api/imports")).andReturn().getResponse().getContentAsString();
            if (JsonPath.<Integer>read(history, "$.length()") == 2 && JsonPath.<Integer>read(history, "$[0].rowsDone") > 0) {
                return history;
            }
            assertThat(Instant.now()).as("the update import writes its first file").isBefore(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void unknownImportIsNotFound() throws Exception {
        mvc.perform(get("/api/imports/nope"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("Import inconnu : nope"));
    }

    @Test
    void requestWithoutFileOrPathIsABadRequest() throws Exception {
        mvc.perform(post("/api/imports")).andExpect(status().isBadRequest());
    }

    private static MockMultipartHttpServletRequestBuilder withValidCsvFiles(MockMultipartHttpServletRequestBuilder request)
            throws IOException {
        try (var files = Files.list(BundleImportTest.VALID)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                request.file(csv(file.getFileName().toString(), file));
            }
        }
        return request;
    }

    private static MockMultipartFile csv(String name, Path file) throws IOException {
        return new MockMultipartFile("file", name, "text/csv", Files.readAllBytes(file));
    }
}
