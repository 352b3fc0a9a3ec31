package fr.maillage.exports;

import java.util.List;

import fr.maillage.access.SmallCounts;

/**
 * The méta-réseau of a territory and window as it leaves Maillage (réseau exporté): structures with
 * their key-partner measures, exchange edges with the dates of their exchanges, the declared
 * partnerships apart, and the header a researcher needs to reproduce it. Person ids never reach it:
 * nodes are structures, edges are counts and dates.
 *
 * @param aggregatesOnly for a planner: counts of shared persons under the small-cell rule
 *                       ({@link SmallCounts}), and the days of exchange those of referrals only
 */
public record ExportedNetwork(ExportHeader header, List<ExportedNode> nodes, List<ExportedEdge> edges,
                              List<ExportedPartnership> partnerships, boolean aggregatesOnly) {

    /** An export with every count as it is. */
    public ExportedNetwork(ExportHeader header, List<ExportedNode> nodes, List<ExportedEdge> edges,
                           List<ExportedPartnership> partnerships) {
        this(header, nodes, edges, partnerships, false);
    }

    /** The nodes' attributes as this export writes them: with the small-cell rule for aggregates only. */
    List<ExportColumns.Column<ExportedNode>> nodeColumns() {
        return ExportColumns.nodes(aggregatesOnly);
    }

    /** The edges' attributes as this export writes them: with the small-cell rule for aggregates only. */
    List<ExportColumns.Column<ExportedEdge>> edgeColumns() {
        return ExportColumns.edges(aggregatesOnly);
    }

    /** The edge's weight as a number, or null when the small-cell rule hides it. */
    Long shownWeight(ExportedEdge edge) {
        return aggregatesOnly && SmallCounts.isSmall(edge.sharedPersons()) ? null : edge.weight();
    }
}
