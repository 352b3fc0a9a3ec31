package fr.maillage.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import fr.maillage.api.CsvCells;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a zip (archive CSV) of {@code nodes.csv} and {@code edges.csv} for R/igraph and
 * pandas/networkx, the declared partnerships apart in {@code partnerships.csv}, and the
 * reproducibility header in {@code metadata.json} and {@code README.txt}.
 * The header stays out of the CSV files so that {@code read.csv} and {@code pandas.read_csv} read them
 * with their defaults.
 */
final class CsvZipWriter implements NetworkWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void write(ExportedNetwork network, OutputStream out) throws Exception {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        table(zip, "nodes.csv", List.of("id"), List.of(ExportedNode::id), network.nodeColumns(), network.nodes());
        table(zip, "edges.csv", List.of("source", "target"), List.of(ExportedEdge::source, ExportedEdge::target),
                network.edgeColumns(), network.edges());
        table(zip, "partnerships.csv", List.of("source", "target"),
                List.of(ExportedPartnership::source, ExportedPartnership::target), ExportColumns.PARTNERSHIP,
                network.partnerships());
        zip.putNextEntry(new ZipEntry("metadata.json"));
        Map<String, Object> metadata = new LinkedHashMap<>(network.header().fields());
        metadata.put("nodes", network.nodes().size());
        metadata.put("edges", network.edges().size());
        metadata.put("partnerships", network.partnerships().size());
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(metadata));
        zip.putNextEntry(new ZipEntry("README.txt"));
        zip.write(readme(network).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
    }

    /** One CSV table: the key columns then the declared columns; an absent value is an empty cell. */
    private static <T> void table(ZipOutputStream zip, String name, List<String> keyNames,
                                  List<Function<T, String>> keys, List<ExportColumns.Column<T>> columns,
                                  List<T> rows) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        List<String> header = new ArrayList<>(keyNames);
        columns.forEach(column -> header.add(column.name()));
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
        for (T row : rows) {
            List<String> cells = new ArrayList<>();
            // Ids and names come from the bundles: a spreadsheet must not run one as a formula.
            keys.forEach(key -> cells.add(CsvCells.safe(key.apply(row))));
            columns.forEach(column -> cells.add(column.type() == ExportColumns.Type.STRING
                    ? CsvCells.safe(ExportColumns.text(column, row)) : ExportColumns.text(column, row)));
            printer.printRecord(cells);
        }
        printer.flush();
        zip.closeEntry();
    }

    private static String readme(ExportedNetwork network) {
        return """
                Maillage : export du méta-réseau (structures et échanges ; aucun identifiant de personne)

                %s%s
                nodes.csv : une ligne par structure (id, nom, type, secteur et mesures de partenaires clés).
                edges.csv : une ligne par paire de structures ayant échangé dans la fenêtre (non orienté) ;
                            weight = referrals (orientations) + sharedPersons (personnes suivies en commun).
                partnerships.csv : les partenariats déclarés (liens perçus), à part des échanges observés.
                metadata.json : l'en-tête ci-dessus, lisible par programme.

                Python (pandas, networkx) :
                    import pandas as pd, networkx as nx
                    nodes = pd.read_csv("nodes.csv"); edges = pd.read_csv("edges.csv")
                    G = nx.from_pandas_edgelist(edges, "source", "target", edge_attr=True)
                    G.add_nodes_from(nodes.set_index("id").to_dict("index").items())

                R (igraph) :
                    library(igraph)
                    nodes <- read.csv("nodes.csv"); edges <- read.csv("edges.csv")
                    g <- graph_from_data_frame(edges, directed = FALSE, vertices = nodes)
                """.formatted(network.folded() ? ExportedNetwork.FOLDED_NOTE + "\n\n" : "", network.header().asText());
    }
}
