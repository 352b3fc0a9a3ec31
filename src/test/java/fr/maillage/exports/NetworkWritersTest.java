package fr.maillage.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;

class NetworkWritersTest {

    static byte[] write(ExportFormat format, ExportedNetwork network) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.writer().write(network, out);
        return out.toByteArray();
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void gexfIsValidAgainstTheOfficialGexf13Schema() throws Exception {
        byte[] gexf = write(ExportFormat.GEXF, SmallNetwork.build());
        URL schema = getClass().getResource("/exports/gexf-1.3/gexf.xsd");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(schema).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(gexf)));
        String text = new String(gexf, StandardCharsets.UTF_8);
        assertThat(text).contains("version=\"1.3\"", "mode=\"dynamic\"",
                "<spell start=\"2025-04-30\" end=\"2025-04-30\"", "dataVersion: import 42", "contentSha256: abc123");
    }

    @Test
    void gexfReadBackByJGraphTHasTheNodesEdgesAndAttributes() throws Exception {
        byte[] gexf = write(ExportFormat.GEXF, SmallNetwork.build());
        Graph<String, DefaultEdge> graph = GraphTypeBuilder.<String, DefaultEdge>undirected()
                .vertexSupplier(SupplierUtil.createStringSupplier()).edgeClass(DefaultEdge.class)
                .allowingMultipleEdges(false).buildGraph();
        Map<String, Map<String, String>> nodeAttributes = new HashMap<>();
        SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
        // JGraphT validates against GEXF 1.2draft only; the 1.3 schema check is the test above.
        importer.setSchemaValidation(false);
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((key, value) -> nodeAttributes
                .computeIfAbsent(key.getFirst(), k -> new HashMap<>()).put(key.getSecond(), value.getValue()));
        importer.importGraph(graph, new InputStreamReader(new ByteArrayInputStream(gexf), StandardCharsets.UTF_8));

        assertThat(graph.vertexSet()).containsExactlyInAnyOrder("dac", "ehpad", "hop", "ccas");
        assertThat(graph.edgeSet()).hasSize(2);
        assertThat(graph.containsEdge("dac", "hop")).isTrue();
        assertThat(nodeAttributes.get("hop")).containsEntry("sector", "sanitaire")
                .containsEntry("label", "Hôpital « Saint-Luc », <urgences> & \"gériatrie\"");
        assertThat(nodeAttributes.get("dac")).containsEntry("articulationPoint", "true").containsEntry("regularity", "3")
                .containsEntry("weightedDegree", "4");
    }

    @Test
    void graphmlPassesJGraphTsSchemaValidatingImporterWithNodesEdgesAndWeights() throws Exception {
        byte[] graphml = write(ExportFormat.GRAPHML, SmallNetwork.build());
        Graph<String, DefaultEdge> graph = GraphTypeBuilder.<String, DefaultEdge>undirected()
                .edgeClass(DefaultEdge.class).allowingMultipleEdges(false).buildGraph();
        Map<String, String> edgeWeights = new HashMap<>();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        importer.addEdgeAttributeConsumer((key, value) -> {
            if (key.getSecond().equals("weight")) {
                edgeWeights.put(graph.getEdgeSource(key.getFirst()) + "-" + graph.getEdgeTarget(key.getFirst()), value.getValue());
            }
        });
        importer.importGraph(graph, new StringReader(new String(graphml, StandardCharsets.UTF_8)));

        assertThat(graph.vertexSet()).containsExactlyInAnyOrder("dac", "ehpad", "hop", "ccas");
        assertThat(graph.edgeSet()).hasSize(2);
        assertThat(edgeWeights).containsEntry("dac-hop", "3.0");
    }

    @Test
    void csvZipHoldsPlainCsvTablesAndTheHeaderBesideThem() throws Exception {
        Map<String, byte[]> zip = unzip(write(ExportFormat.CSV, SmallNetwork.build()));
        assertThat(zip).containsOnlyKeys("nodes.csv", "edges.csv", "partnerships.csv", "metadata.json", "README.txt");
        assertThat(new String(zip.get("partnerships.csv"), StandardCharsets.UTF_8))
                .isEqualTo("source,target,kind,since,until,strength\r\ndac,ehpad,convention,2020-01-01,,4\r\n");

        var nodes = CSVFormat.RFC4180.builder().setHeader().get()
                .parse(new StringReader(new String(zip.get("nodes.csv"), StandardCharsets.UTF_8))).getRecords();
        assertThat(nodes).hasSize(4);
        assertThat(nodes.get(0).getParser().getHeaderNames()).startsWith("id", "name", "type", "sector", "degree");
        CSVRecord hop = nodes.stream().filter(r -> r.get("id").equals("hop")).findFirst().orElseThrow();
        assertThat(hop.get("name")).isEqualTo("Hôpital « Saint-Luc », <urgences> & \"gériatrie\"");

        var edges = CSVFormat.RFC4180.builder().setHeader().get()
                .parse(new StringReader(new String(zip.get("edges.csv"), StandardCharsets.UTF_8))).getRecords();
        assertThat(edges.get(0).getParser().getHeaderNames()).startsWith("source", "target", "weight");
        assertThat(edges.get(1).toMap()).containsEntry("source", "dac").containsEntry("target", "hop")
                .containsEntry("weight", "3").containsEntry("firstExchange", "2025-02-03")
                .containsEntry("lastExchange", "2025-04-30");

        String metadata = new String(zip.get("metadata.json"), StandardCharsets.UTF_8);
        assertThat(metadata).contains("\"territoryId\" : \"combes\"", "\"nodes\" : 4", "\"edges\" : 2", "\"partnerships\" : 1");
        assertThat(new String(zip.get("README.txt"), StandardCharsets.UTF_8)).contains("query: GET /api/territories/combes/export");
    }

    @Test
    void theContentFingerprintFollowsTheNetworkNotTheHeader() {
        ExportedNetwork network = SmallNetwork.build();
        String fingerprint = ExportColumns.fingerprint(network.nodes(), network.edges(), network.partnerships(), false, false);
        assertThat(fingerprint).hasSize(64).isEqualTo(ExportColumns.fingerprint(network.nodes(), network.edges(), network.partnerships(), false, false));
        ExportedEdge moved = network.edges().get(0);
        ExportedEdge later = new ExportedEdge(moved.source(), moved.target(), moved.weight(), moved.referrals(),
                moved.sharedPersons(), java.util.List.of(java.time.LocalDate.of(2025, 6, 11)));
        assertThat(ExportColumns.fingerprint(network.nodes(), java.util.List.of(later, network.edges().get(1)), network.partnerships(), false, false))
                .isNotEqualTo(fingerprint);
    }

    @Test
    void unknownFormatIsABadFormatParameter() {
        Supplier<ExportFormat> parse = () -> ExportFormat.parse("pajek");
        org.assertj.core.api.Assertions.assertThatThrownBy(parse::get)
                .isInstanceOf(fr.maillage.api.BadParameterException.class).hasMessageContaining("gexf, graphml, csv");
        assertThat(ExportFormat.parse("GraphML")).isEqualTo(ExportFormat.GRAPHML);
    }

}
