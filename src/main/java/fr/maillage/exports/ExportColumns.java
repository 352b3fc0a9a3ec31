package fr.maillage.exports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import fr.maillage.access.SmallCounts;

/**
 * The attributes of exported nodes and edges (colonnes exportées), declared once so that GEXF, GraphML
 * and CSV carry the same names, in the same order, with the same types.
 */
final class ExportColumns {

    /** The value types, named as GEXF and GraphML name them. */
    enum Type {
        STRING, LONG, DOUBLE, BOOLEAN;

        String xmlName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    record Column<T>(String name, Type type, Function<T, Object> value) {
    }

    /** Node attributes besides the id; {@code name} is also the node's label. */
    static final List<Column<ExportedNode>> NODE = List.of(
            new Column<>("name", Type.STRING, ExportedNode::name),
            new Column<>("type", Type.STRING, ExportedNode::type),
            new Column<>("sector", Type.STRING, ExportedNode::sector),
            new Column<>("degree", Type.LONG, ExportedNode::degree),
            new Column<>("weightedDegree", Type.LONG, ExportedNode::weightedDegree),
            new Column<>("betweenness", Type.DOUBLE, ExportedNode::betweenness),
            new Column<>("pagerank", Type.DOUBLE, ExportedNode::pagerank),
            new Column<>("articulationPoint", Type.BOOLEAN, ExportedNode::articulationPoint),
            new Column<>("crossSectorShare", Type.DOUBLE, ExportedNode::crossSectorShare),
            new Column<>("brokerageCoordinator", Type.LONG, ExportedNode::coordinator),
            new Column<>("brokerageItinerant", Type.LONG, ExportedNode::itinerant),
            new Column<>("brokerageGatekeeper", Type.LONG, ExportedNode::gatekeeper),
            new Column<>("brokerageRepresentative", Type.LONG, ExportedNode::representative),
            new Column<>("brokerageLiaison", Type.LONG, ExportedNode::liaison),
            new Column<>("regularity", Type.LONG, ExportedNode::regularity));

    /**
     * The same for a planner: the weighted degree holds its edges' shared persons, so it follows the
     * small-cell rule as a text ("<N" or the number) as soon as one of them is small.
     */
    static final List<Column<ExportedNode>> NODE_AGGREGATES = NODE.stream()
            .map(column -> switch (column.name()) {
                case "weightedDegree" -> new Column<ExportedNode>(column.name(), Type.STRING,
                        n -> SmallCounts.hiddenSum(n.weightedDegree(), n.smallSharedPersons(), n.smallLinks())
                                .orElse(Long.toString(n.weightedDegree())));
                // A share of the weighted degree would give a hidden count back from the visible weights.
                case "crossSectorShare" -> new Column<ExportedNode>(column.name(), Type.STRING,
                        n -> n.smallLinks() > 0 ? SmallCounts.MASKED : Double.toString(n.crossSectorShare()));
                default -> column;
            })
            .toList();

    /** The columns that describe a node rather than measure it: a group has them too. */
    private static final Set<String> DESCRIPTIVE = Set.of("name", "type", "sector");

    /**
     * The same for a folded export: a group's measures left empty, and two more columns, {@code folded}
     * (the node is a group) and {@code members} (how many structures it stands for; empty for a structure).
     */
    private static List<Column<ExportedNode>> folded(List<Column<ExportedNode>> columns) {
        List<Column<ExportedNode>> folded = new ArrayList<>();
        for (Column<ExportedNode> column : columns) {
            folded.add(DESCRIPTIVE.contains(column.name()) ? column : new Column<>(column.name(), column.type(),
                    n -> n.folded() ? null : column.value().apply(n)));
        }
        folded.add(new Column<>("folded", Type.BOOLEAN, ExportedNode::folded));
        folded.add(new Column<>("members", Type.LONG, ExportedNode::members));
        return List.copyOf(folded);
    }

    private static final List<Column<ExportedNode>> NODE_FOLDED = folded(NODE);
    private static final List<Column<ExportedNode>> NODE_AGGREGATES_FOLDED = folded(NODE_AGGREGATES);

    static List<Column<ExportedNode>> nodes(boolean aggregatesOnly, boolean folded) {
        if (folded) {
            return aggregatesOnly ? NODE_AGGREGATES_FOLDED : NODE_FOLDED;
        }
        return aggregatesOnly ? NODE_AGGREGATES : NODE;
    }

    /** Edge attributes besides source and target; GEXF also writes {@code weight} as the edge's weight. */
    static final List<Column<ExportedEdge>> EDGE = List.of(
            new Column<>("weight", Type.LONG, ExportedEdge::weight),
            new Column<>("referrals", Type.LONG, ExportedEdge::referrals),
            new Column<>("sharedPersons", Type.LONG, ExportedEdge::sharedPersons),
            new Column<>("firstExchange", Type.STRING, ExportedEdge::firstExchange),
            new Column<>("lastExchange", Type.STRING, ExportedEdge::lastExchange));

    /**
     * The same for a planner: the count of shared persons and the weight that holds it follow the
     * small-cell rule, so both are text ("<5", "<N" or the number); an edge of a folded export adds
     * up several pairs' counts, each small one hidden as in a weighted degree.
     */
    static final List<Column<ExportedEdge>> EDGE_AGGREGATES = List.of(
            new Column<>("weight", Type.STRING, e -> SmallCounts.hiddenSum(e.weight(), e.smallSharedPersons(),
                    e.smallLinks()).orElse(Long.toString(e.weight()))),
            new Column<>("referrals", Type.LONG, ExportedEdge::referrals),
            new Column<>("sharedPersons", Type.STRING, e -> SmallCounts.hiddenSum(e.sharedPersons(),
                    e.smallSharedPersons(), e.smallLinks()).orElse(Long.toString(e.sharedPersons()))),
            new Column<>("firstExchange", Type.STRING, ExportedEdge::firstExchange),
            new Column<>("lastExchange", Type.STRING, ExportedEdge::lastExchange));

    static List<Column<ExportedEdge>> edges(boolean aggregatesOnly) {
        return aggregatesOnly ? EDGE_AGGREGATES : EDGE;
    }

    /** Declared partnerships, exported by the CSV zip only (see {@link ExportedPartnership}). */
    static final List<Column<ExportedPartnership>> PARTNERSHIP = List.of(
            new Column<>("kind", Type.STRING, ExportedPartnership::kind),
            new Column<>("since", Type.STRING, ExportedPartnership::since),
            new Column<>("until", Type.STRING, ExportedPartnership::until),
            new Column<>("strength", Type.LONG, ExportedPartnership::strength));

    private ExportColumns() {
    }

    /**
     * SHA-256 of the rows as every format writes them (plus each edge's days of exchange), in their
     * order, so that two exports of the same network share it whatever their format or export time.
     */
    static String fingerprint(List<ExportedNode> nodes, List<ExportedEdge> edges, List<ExportedPartnership> partnerships,
                              boolean aggregatesOnly, boolean folded) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder text = new StringBuilder();
        nodes.forEach(node -> line(text, node.id(), nodes(aggregatesOnly, folded), node));
        edges.forEach(edge -> line(text, edge.source() + "|" + edge.target() + "|" + edge.exchangeDates(),
                edges(aggregatesOnly), edge));
        partnerships.forEach(p -> line(text, p.source() + "|" + p.target(), PARTNERSHIP, p));
        return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static <T> void line(StringBuilder text, String key, List<Column<T>> columns, T row) {
        text.append(key);
        columns.forEach(column -> text.append('|').append(text(column, row)));
        text.append('\n');
    }

    /** The value as written in a file; {@code null} for an absent value. */
    static <T> String text(Column<T> column, T row) {
        Object value = column.value().apply(row);
        return value == null ? null : value.toString();
    }
}
