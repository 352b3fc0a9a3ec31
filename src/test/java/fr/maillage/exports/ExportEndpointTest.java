package fr.maillage.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import fr.maillage.MaillageTest;
import fr.maillage.TestGraph;
import fr.maillage.analysis.partners.KeyPartner;
import fr.maillage.analysis.partners.KeyPartners;
import fr.maillage.api.Window;
import fr.maillage.imports.BundleImporter;
import tools.jackson.databind.JsonNode;

/**
 * The network engineer's {@code network/weights} fixture (see its README: 8 nodes A B C D E X Y Z, 8 links)
 * exported through the API in every format and opened by the schema, JGraphT, Gephi and networkx.
 * Degrees by hand from the README's links: A 3, B 3, C 2, D 2, X 3, Y 1, Z 2, E 0 (isolated).
 */
@MaillageTest
class ExportEndpointTest {

    private static final String URL = "/api/territories/terr/export?from=2025-01-01&to=2025-12-31&format=";
    private static final Window WINDOW = new Window(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    @Autowired Driver driver;
    @Autowired BundleImporter importer;
    @Autowired KeyPartners keyPartners;
    @Autowired WebApplicationContext web;
    @TempDir Path dir;
    MockMvc mvc;

    @BeforeEach
    void weights() {
        TestGraph.clear(driver);
        importer.importBundle(Path.of("src/test/resources/network/weights/bundle"));
        mvc = MockMvcBuilders.webAppContextSetup(web).build();
    }

    private byte[] export(String format) throws Exception {
        MvcResult result = mvc.perform(get(URL + format)).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .contains("attachment", "maillage-terr-2025-01-01-2025-12-31");
        return result.getResponse().getContentAsByteArray();
    }

    @Test
    void gexfExportIsValidGexf13WithTheProjectionsNodesLinksAndHeader() throws Exception {
        byte[] gexf = export("gexf");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(getClass().getResource("/exports/gexf-1.3/gexf.xsd"))
                .newValidator().validate(new StreamSource(new ByteArrayInputStream(gexf)));
        String text = new String(gexf, StandardCharsets.UTF_8);
        assertThat(text).contains("<nodes count=\"8\">", "<edges count=\"8\">",
                "query: GET /api/territories/terr/export?format=gexf&amp;from=2025-01-01&amp;to=2025-12-31",
                "dataVersion: import ", "contentSha256: ", "maillageVersion: ");
    }

    @Test
    void gephiOpensTheGexfExportWithEightNodesEightLinksAndTheDaysOfExchange() throws Exception {
        Map<String, String> gephi = ExternalReaders.gephi(Files.write(dir.resolve("terr.gexf"), export("gexf")));
        assertThat(gephi).containsEntry("nodes", "8").containsEntry("edges", "8").containsEntry("dynamic", "true")
                .containsEntry("issues", "0").containsEntry("node.B.type", "ssiad").containsEntry("node.E.degree", "0")
                .containsEntry("edge.A.B.weight", "5.0");
        // A-B: referrals of 02-10, 03-05, 03-20 and shared persons from 03-01 and 11-15: five days.
        assertThat(gephi.get("edge.A.B.spells").split(";")).hasSize(5);
    }

    @Test
    void networkxFindsTheDegreesAndBetweennessMaillageReportsAsKeyPartners() throws Exception {
        Path zip = Files.write(dir.resolve("terr.zip"), export("csv"));
        Path graphml = Files.write(dir.resolve("terr.graphml"), export("graphml"));
        JsonNode seen = ExternalReaders.networkx(zip, graphml);

        List<KeyPartner> partners = keyPartners.of("terr", WINDOW);
        assertThat(partners).hasSize(8);
        for (KeyPartner partner : partners) {
            String id = partner.structureId();
            assertThat(seen.get("csv").get("degree").get(id).asInt()).as("degree " + id).isEqualTo(partner.degree());
            assertThat(seen.get("graphml").get("degree").get(id).asInt()).as("graphml degree " + id).isEqualTo(partner.degree());
            assertThat(seen.get("csv").get("weightedDegree").get(id).asDouble()).as("weighted " + id).isEqualTo(partner.weightedDegree());
            assertThat(seen.get("csv").get("betweenness").get(id).asDouble()).as("betweenness " + id)
                    .isCloseTo(partner.betweenness(), within(1e-12));
        }
        assertThat(seen.get("csv").get("degree").get("A").asInt()).isEqualTo(3);
        assertThat(seen.get("csv").get("degree").get("X").asInt()).isEqualTo(3);
        assertThat(seen.get("csv").get("degree").get("E").asInt()).isZero();
        assertThat(seen.get("csv").get("edges").asInt()).isEqualTo(8);
        assertThat(seen.get("csv").get("metadata").get("partnerships").asInt()).isEqualTo(3);
    }

    @Test
    void noPersonIdLeavesInAnyFormat() throws Exception {
        Pattern personIds = Pattern.compile("\\bq[1-8]\\b");
        for (String format : List.of("gexf", "graphml")) {
            assertThat(personIds.matcher(new String(export(format), StandardCharsets.UTF_8)).find()).as(format).isFalse();
        }
        for (byte[] file : NetworkWritersTest.unzip(export("csv")).values()) {
            assertThat(personIds.matcher(new String(file, StandardCharsets.UTF_8)).find()).isFalse();
        }
    }

    @Test
    void unknownTerritoryIsNotFoundAndUnknownFormatIsABadParameter() throws Exception {
        mvc.perform(get("/api/territories/nowhere/export?format=gexf")).andExpect(status().isNotFound());
        mvc.perform(get(URL + "pajek")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("format"));
        mvc.perform(get("/api/territories/terr/export?format=csv&to=2024-13-01")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("to"));
    }
}
