package fr.maillage.exports;

import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.XMLEvent;

import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * Writes GraphML (format GraphML) with JGraphT's exporter. The reproducibility header goes into
 * graph-level data keys, which networkx ({@code G.graph}) and igraph (graph attributes) read; JGraphT
 * 1.5.2 accepts graph attributes but never writes them, so they are added while copying its output
 * through the JDK's StAX event API.
 */
final class GraphMlWriter implements NetworkWriter {

    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
    private static final String HEADER_KEY = "maillage_";

    @Override
    public void write(ExportedNetwork network, OutputStream out) throws Exception {
        GraphMLExporter<ExportedNode, ExportedEdge> exporter = new GraphMLExporter<>(ExportedNode::id);
        register(exporter, AttributeCategory.NODE, network.nodeColumns());
        register(exporter, AttributeCategory.EDGE, network.edgeColumns());
        exporter.setVertexAttributeProvider(node -> attributes(network.nodeColumns(), node));
        exporter.setEdgeAttributeProvider(edge -> attributes(network.edgeColumns(), edge));
        exporter.setEdgeIdProvider(edge -> edge.source() + "--" + edge.target());
        // A planner's weights are text under the small-cell rule, which GraphML's numeric weight cannot hold.
        exporter.setExportEdgeWeights(!network.aggregatesOnly());

        StringWriter graphml = new StringWriter();
        exporter.exportGraph(graphOf(network), graphml);
        withHeader(graphml.toString(), network.header(), out);
    }

    /** Copies JGraphT's GraphML, declaring one graph key per header field and giving its value. */
    private static void withHeader(String graphml, ExportHeader header, OutputStream out) throws XMLStreamException {
        XMLEventReader reader = XMLInputFactory.newFactory().createXMLEventReader(new StringReader(graphml));
        XMLEventWriter writer = XMLOutputFactory.newFactory().createXMLEventWriter(out, "UTF-8");
        XMLEventFactory events = XMLEventFactory.newFactory();
        while (reader.hasNext()) {
            XMLEvent event = reader.nextEvent();
            boolean graphStart = event.isStartElement() && event.asStartElement().getName().getLocalPart().equals("graph");
            if (graphStart) {
                for (String field : header.fields().keySet()) {
                    writer.add(events.createStartElement("", GRAPHML, "key"));
                    writer.add(events.createAttribute("id", HEADER_KEY + field));
                    writer.add(events.createAttribute("for", "graph"));
                    writer.add(events.createAttribute("attr.name", field));
                    writer.add(events.createAttribute("attr.type", "string"));
                    writer.add(events.createEndElement("", GRAPHML, "key"));
                }
            }
            writer.add(event);
            if (graphStart) {
                for (Map.Entry<String, String> field : header.fields().entrySet()) {
                    writer.add(events.createStartElement("", GRAPHML, "data"));
                    writer.add(events.createAttribute("key", HEADER_KEY + field.getKey()));
                    writer.add(events.createCharacters(field.getValue()));
                    writer.add(events.createEndElement("", GRAPHML, "data"));
                }
            }
        }
        writer.flush();
    }

    /** A JGraphT view of the rows for the exporter to walk: the rows already are the one projection. */
    private static Graph<ExportedNode, ExportedEdge> graphOf(ExportedNetwork network) {
        Graph<ExportedNode, ExportedEdge> graph = GraphTypeBuilder.<ExportedNode, ExportedEdge>undirected()
                .weighted(true).allowingMultipleEdges(false).allowingSelfLoops(false).buildGraph();
        Map<String, ExportedNode> byId = network.nodes().stream()
                .collect(Collectors.toMap(ExportedNode::id, Function.identity()));
        network.nodes().forEach(graph::addVertex);
        for (ExportedEdge edge : network.edges()) {
            graph.addEdge(byId.get(edge.source()), byId.get(edge.target()), edge);
            Long weight = network.shownWeight(edge);
            graph.setEdgeWeight(edge, weight != null ? weight : Graph.DEFAULT_EDGE_WEIGHT);
        }
        return graph;
    }

    private static <T> void register(GraphMLExporter<?, ?> exporter, AttributeCategory category,
                                     List<ExportColumns.Column<T>> columns) {
        for (ExportColumns.Column<T> column : graphmlColumns(columns)) {
            exporter.registerAttribute(column.name(), category, switch (column.type()) {
                case STRING -> AttributeType.STRING;
                case LONG -> AttributeType.LONG;
                case DOUBLE -> AttributeType.DOUBLE;
                case BOOLEAN -> AttributeType.BOOLEAN;
            });
        }
    }

    /**
     * The edge weight is GraphML's own {@code weight} key (a double), which JGraphT reserves; a
     * planner's export has none (its text weight is in the CSV and GEXF exports).
     */
    private static <T> List<ExportColumns.Column<T>> graphmlColumns(List<ExportColumns.Column<T>> columns) {
        return columns.stream().filter(column -> !column.name().equals("weight")).toList();
    }

    private static <T> Map<String, Attribute> attributes(List<ExportColumns.Column<T>> columns, T row) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        for (ExportColumns.Column<T> column : graphmlColumns(columns)) {
            Object value = column.value().apply(row);
            if (value instanceof Long l) {
                attributes.put(column.name(), DefaultAttribute.createAttribute(l));
            } else if (value instanceof Double d) {
                attributes.put(column.name(), DefaultAttribute.createAttribute(d));
            } else if (value instanceof Boolean b) {
                attributes.put(column.name(), DefaultAttribute.createAttribute(b));
            } else if (value != null) {
                attributes.put(column.name(), DefaultAttribute.createAttribute(value.toString()));
            }
        }
        return attributes;
    }
}
