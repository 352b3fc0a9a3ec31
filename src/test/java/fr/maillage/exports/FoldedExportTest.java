package fr.maillage.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import fr.maillage.Fixtures;
import fr.maillage.MaillageTest;
import fr.maillage.SignedIn;
import fr.maillage.access.UserAccounts;
import fr.maillage.access.UserRole;
import fr.maillage.imports.BundleImporter;

/**
 * The exports of the méta-réseau folded around its coordination structures, on the fixture
 * {@code network/fold} (its README gives the folded graph): the groups as nodes with
 * {@code folded} and {@code members} and no measure, the kept structures with their measures in
 * the whole méta-réseau, the edges added up, in GEXF, GraphML and CSV.
 */
@MaillageTest
class FoldedExportTest {

    private static final String URL = "/api/territories/terr/export?from=2025-01-01&to=2025-12-31&fold=coordination&format=";
    private static final String PLANNER = "planificateur-pliage";

    @Autowired Driver driver;
    @Autowired BundleImporter importer;
    @Autowired UserAccounts accounts;
    @Autowired WebApplicationContext web;
    MockMvc mvc;

    @BeforeEach
    void foldFixture() {
        Fixtures.load(driver, importer, "network/fold/bundle");
        mvc = MockMvcBuilders.webAppContextSetup(web).build();
    }

    private byte[] export(MockMvc caller, String query) throws Exception {
        return caller.perform(get(URL + query)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void theFoldedGexfIsValidAndHoldsTheGroupsWithTheirMembersAndTheSummedWeights() throws Exception {
        byte[] gexf = export(mvc, "gexf");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(getClass().getResource("/exports/gexf-1.3/gexf.xsd"))
                .newValidator().validate(new StreamSource(new ByteArrayInputStream(gexf)));
        Document document = parse(gexf);
        Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
        NodeList list = document.getElementsByTagName("node");
        for (int i = 0; i < list.getLength(); i++) {
            Element node = (Element) list.item(i);
            Map<String, String> values = attvalues(node);
            values.put("label", node.getAttribute("label"));
            nodes.put(node.getAttribute("id"), values);
        }
        assertThat(nodes).containsOnlyKeys("ccas", "clic", "dac", "hop", "type:medecin_liberal", "type:ssiad");
        assertThat(nodes.get("type:medecin_liberal")).containsEntry("label", "Médecins libéraux (3)")
                .containsEntry("folded", "true").containsEntry("members", "3").containsEntry("type", "medecin_liberal")
                .doesNotContainKeys("degree", "betweenness", "weightedDegree");
        assertThat(nodes.get("type:ssiad")).containsEntry("members", "2");
        // a kept structure's measures are those of the whole méta-réseau: the DAC exchanged with 5 structures
        assertThat(nodes.get("dac")).containsEntry("folded", "false").containsEntry("degree", "5")
                .containsEntry("weightedDegree", "8").doesNotContainKey("members");
        Map<String, String> weights = new LinkedHashMap<>();
        NodeList edges = document.getElementsByTagName("edge");
        for (int i = 0; i < edges.getLength(); i++) {
            Element edge = (Element) edges.item(i);
            weights.put(edge.getAttribute("source") + "|" + edge.getAttribute("target"), edge.getAttribute("weight"));
        }
        assertThat(weights).containsExactlyEntriesOf(new TreeMap<>(Map.of("clic|dac", "1", "clic|type:medecin_liberal", "1",
                "dac|type:medecin_liberal", "5", "dac|type:ssiad", "2", "hop|type:ssiad", "2")));
        String text = new String(gexf, StandardCharsets.UTF_8);
        assertThat(text).contains("Méta-réseau plié (fold=coordination)",
                "query: GET /api/territories/terr/export?format=gexf&amp;from=2025-01-01&amp;to=2025-12-31&amp;fold=coordination\n");
    }

    @Test
    void theFoldedGraphmlDeclaresTheTwoColumnsAndGivesThemToEveryNode() throws Exception {
        Document document = parse(export(mvc, "graphml&keep=med3"));
        Map<String, String> keys = new LinkedHashMap<>();
        NodeList declared = document.getElementsByTagName("key");
        for (int i = 0; i < declared.getLength(); i++) {
            Element key = (Element) declared.item(i);
            keys.put(key.getAttribute("id"), key.getAttribute("attr.name"));
        }
        assertThat(keys).containsValues("folded", "members");
        Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
        NodeList list = document.getElementsByTagName("node");
        for (int i = 0; i < list.getLength(); i++) {
            Element node = (Element) list.item(i);
            Map<String, String> data = new LinkedHashMap<>();
            NodeList values = node.getElementsByTagName("data");
            for (int j = 0; j < values.getLength(); j++) {
                Element value = (Element) values.item(j);
                data.put(keys.get(value.getAttribute("key")), value.getTextContent());
            }
            nodes.put(node.getAttribute("id"), data);
        }
        assertThat(nodes).containsOnlyKeys("ccas", "clic", "dac", "hop", "med3", "type:medecin_liberal", "type:ssiad");
        assertThat(nodes.get("type:medecin_liberal")).containsEntry("name", "Médecins libéraux (2)")
                .containsEntry("members", "2").containsEntry("folded", "true").doesNotContainKey("pagerank");
        assertThat(nodes.get("med3")).containsEntry("folded", "false").containsEntry("degree", "1");
        assertThat(document.getElementsByTagName("edge").getLength()).isEqualTo(5);
        assertThat(new String(export(mvc, "graphml&keep=med3"), StandardCharsets.UTF_8))
                .contains("&amp;fold=coordination&amp;keep=med3</data>");
    }

    @Test
    void theFoldedCsvHasEmptyMeasuresForTheGroupsAndTheSummedEdges() throws Exception {
        Map<String, byte[]> zip = NetworkWritersTest.unzip(export(mvc, "csv"));
        List<CSVRecord> nodes = csv(zip.get("nodes.csv"));
        assertThat(new String(zip.get("nodes.csv"), StandardCharsets.UTF_8).lines().findFirst().orElseThrow())
                .endsWith(",regularity,folded,members");
        Map<String, CSVRecord> byId = new LinkedHashMap<>();
        nodes.forEach(n -> byId.put(n.get("id"), n));
        assertThat(byId).containsOnlyKeys("ccas", "clic", "dac", "hop", "type:medecin_liberal", "type:ssiad");
        CSVRecord doctors = byId.get("type:medecin_liberal");
        assertThat(List.of(doctors.get("name"), doctors.get("sector"), doctors.get("folded"), doctors.get("members")))
                .containsExactly("Médecins libéraux (3)", "sanitaire", "true", "3");
        assertThat(List.of(doctors.get("degree"), doctors.get("weightedDegree"), doctors.get("betweenness"),
                doctors.get("articulationPoint"), doctors.get("regularity"))).containsOnly("");
        assertThat(List.of(byId.get("dac").get("degree"), byId.get("dac").get("folded"), byId.get("dac").get("members")))
                .containsExactly("5", "false", "");
        Map<String, List<String>> edges = new LinkedHashMap<>();
        csv(zip.get("edges.csv")).forEach(e -> edges.put(e.get("source") + "|" + e.get("target"),
                List.of(e.get("weight"), e.get("referrals"), e.get("sharedPersons"))));
        assertThat(edges).containsExactlyEntriesOf(new TreeMap<>(Map.of("clic|dac", List.of("1", "1", "0"),
                "clic|type:medecin_liberal", List.of("1", "1", "0"), "dac|type:medecin_liberal", List.of("5", "3", "2"),
                "dac|type:ssiad", List.of("2", "2", "0"), "hop|type:ssiad", List.of("2", "1", "1"))));
        assertThat(csv(zip.get("partnerships.csv"))).extracting(p -> p.get("source") + "|" + p.get("target"))
                .containsExactly("clic|dac", "dac|type:medecin_liberal", "dac|type:medecin_liberal");
        assertThat(new String(zip.get("README.txt"), StandardCharsets.UTF_8)).contains("Méta-réseau plié");
        assertThat(new String(zip.get("metadata.json"), StandardCharsets.UTF_8)).contains("&fold=coordination\"");
    }

    @Test
    void aPlannersFoldedCsvHidesTheSmallCountsTheEdgesAddUp() throws Exception {
        if (accounts.find(PLANNER).isEmpty()) {
            accounts.create(PLANNER, "{noop}inutilisé", UserRole.PLANIFICATEUR, List.of("dep"), false);
        }
        Map<String, byte[]> zip = NetworkWritersTest.unzip(export(SignedIn.mvc(web, PLANNER), "csv"));
        Map<String, List<String>> edges = new LinkedHashMap<>();
        csv(zip.get("edges.csv")).forEach(e -> edges.put(e.get("source") + "|" + e.get("target"),
                List.of(e.get("weight"), e.get("referrals"), e.get("sharedPersons"))));
        assertThat(edges).containsEntry("dac|type:medecin_liberal", List.of("<12", "3", "<9"))
                .containsEntry("hop|type:ssiad", List.of("<10", "1", "<9")).containsEntry("clic|dac", List.of("<6", "1", "<5"));
        assertThat(csv(zip.get("nodes.csv"))).filteredOn(n -> n.get("id").equals("type:ssiad"))
                .singleElement().satisfies(n -> assertThat(n.get("weightedDegree")).isEmpty());
    }

    @Test
    void anUnknownFoldOrAStrangerKeptIsABadParameter() throws Exception {
        mvc.perform(get(URL.replace("fold=coordination", "fold=plie") + "gexf")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("fold"));
        mvc.perform(get(URL + "csv&keep=ailleurs")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("keep"));
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static Map<String, String> attvalues(Element node) {
        Map<String, String> values = new LinkedHashMap<>();
        NodeList list = node.getElementsByTagName("attvalue");
        for (int i = 0; i < list.getLength(); i++) {
            Element value = (Element) list.item(i);
            values.put(value.getAttribute("for"), value.getAttribute("value"));
        }
        return values;
    }

    private static List<CSVRecord> csv(byte[] file) throws Exception {
        return CSVFormat.DEFAULT.builder().setHeader().get()
                .parse(new StringReader(new String(file, StandardCharsets.UTF_8))).getRecords();
    }
}
