package fr.maillage.exports;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes GEXF 1.3 (format GEXF) with dynamic edges, so Gephi's timeline shows when structures exchanged.
 * JGraphT's {@code GEXFExporter} only writes GEXF 1.2draft without dynamics and gephi-toolkit is an
 * 83 MB desktop bundle, so this writer streams the elements of the official 1.3 schema through the
 * JDK's StAX writer (which escapes everything); tests validate the output against that schema and
 * read it back with Gephi's own importer.
 */
final class GexfWriter implements NetworkWriter {

    static final String NAMESPACE = "http://gexf.net/1.3";

    @Override
    public void write(ExportedNetwork network, OutputStream out) throws Exception {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "gexf");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeAttribute("version", "1.3");
        meta(xml, network);
        graph(xml, network);
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private static void meta(XMLStreamWriter xml, ExportedNetwork network) throws XMLStreamException {
        ExportHeader header = network.header();
        xml.writeStartElement("meta");
        xml.writeAttribute("lastmodifieddate", header.exportedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        element(xml, "creator", "Maillage " + header.maillageVersion());
        element(xml, "keywords", "méta-réseau, coordination, " + header.territoryId());
        element(xml, "description", "Méta-réseau du territoire " + header.territoryId() + " du " + header.window().from()
                + " au " + header.window().to() + " (structures et échanges ; aucun identifiant de personne ;"
                + " les partenariats déclarés ne sont que dans l'export CSV).\n"
                + (network.folded() ? ExportedNetwork.FOLDED_NOTE + "\n" : "")
                + header.asText());
        xml.writeEndElement();
    }

    private static void graph(XMLStreamWriter xml, ExportedNetwork network) throws XMLStreamException {
        xml.writeStartElement("graph");
        xml.writeAttribute("mode", "dynamic");
        xml.writeAttribute("defaultedgetype", "undirected");
        xml.writeAttribute("timeformat", "date");
        xml.writeAttribute("timerepresentation", "interval");
        xml.writeAttribute("start", network.header().window().from().toString());
        xml.writeAttribute("end", network.header().window().to().toString());
        declare(xml, "node", network.nodeColumns());
        declare(xml, "edge", network.edgeColumns());

        xml.writeStartElement("nodes");
        xml.writeAttribute("count", Integer.toString(network.nodes().size()));
        for (ExportedNode node : network.nodes()) {
            xml.writeStartElement("node");
            xml.writeAttribute("id", node.id());
            xml.writeAttribute("label", node.name());
            values(xml, network.nodeColumns(), node);
            xml.writeEndElement();
        }
        xml.writeEndElement();

        xml.writeStartElement("edges");
        xml.writeAttribute("count", Integer.toString(network.edges().size()));
        int id = 0;
        for (ExportedEdge edge : network.edges()) {
            xml.writeStartElement("edge");
            xml.writeAttribute("id", Integer.toString(id++));
            xml.writeAttribute("source", edge.source());
            xml.writeAttribute("target", edge.target());
            Long weight = network.shownWeight(edge);
            // A weight the small-cell rule hides is left out: Gephi then draws the edge without one.
            if (weight != null) {
                xml.writeAttribute("weight", Long.toString(weight));
            }
            values(xml, network.edgeColumns(), edge);
            spells(xml, edge.exchangeDates());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static <T> void declare(XMLStreamWriter xml, String kind, List<ExportColumns.Column<T>> columns)
            throws XMLStreamException {
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", kind);
        xml.writeAttribute("mode", "static");
        for (ExportColumns.Column<T> column : columns) {
            xml.writeEmptyElement("attribute");
            xml.writeAttribute("id", column.name());
            xml.writeAttribute("title", column.name());
            xml.writeAttribute("type", column.type().xmlName());
        }
        xml.writeEndElement();
    }

    private static <T> void values(XMLStreamWriter xml, List<ExportColumns.Column<T>> columns, T row)
            throws XMLStreamException {
        xml.writeStartElement("attvalues");
        for (ExportColumns.Column<T> column : columns) {
            String value = ExportColumns.text(column, row);
            if (value != null) {
                xml.writeEmptyElement("attvalue");
                xml.writeAttribute("for", column.name());
                xml.writeAttribute("value", value);
            }
        }
        xml.writeEndElement();
    }

    /** One single-day spell per day of exchange: the edge shows in Gephi's timeline on those days. */
    private static void spells(XMLStreamWriter xml, List<LocalDate> days) throws XMLStreamException {
        if (days.isEmpty()) {
            return;
        }
        xml.writeStartElement("spells");
        for (LocalDate day : days) {
            xml.writeEmptyElement("spell");
            xml.writeAttribute("start", day.toString());
            xml.writeAttribute("end", day.toString());
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
