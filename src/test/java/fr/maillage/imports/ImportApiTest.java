package fr.maillage.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.jayway.jsonpath.JsonPath;

import fr.maillage.MaillageTest;
import fr.maillage.TestGraph;

@MaillageTest
class ImportApiTest {

    @Autowired Driver driver;
    @Autowired WebApplicationContext context;
    @TempDir Path temp;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        TestGraph.clear(driver);
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
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
                .andExpect(jsonPath("$.counts['partnerships.csv']").value(2));
    }

    @Test
    void folderOnTheServerWithProblemsIsRefusedWith422AndEveryLocatedError() throws Exception {
        Path bundle = Files.createDirectories(temp.resolve("lot"));
        Files.writeString(bundle.resolve("territories.csv"), "id,name,kind\nt1,Territoire,pays\n");
        Files.writeString(bundle.resolve("referals.csv"), "id\n");

        String body = mvc.perform(post("/api/imports").param("path", bundle.toString()))
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
    void unknownImportIsNotFound() throws Exception {
        mvc.perform(get("/api/imports/nope"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("Import inconnu : nope"));
    }

    @Test
    void requestWithoutFileOrPathIsABadRequest() throws Exception {
        mvc.perform(post("/api/imports")).andExpect(status().isBadRequest());
    }
}
