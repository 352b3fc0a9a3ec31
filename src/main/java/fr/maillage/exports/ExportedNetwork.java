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
 * @param folded         the méta-réseau folded around its coordination structures
 *                       ({@code fr.maillage.network.Fold}): the nodes say which are groups
 */
public record ExportedNetwork(ExportHeader header, List<ExportedNode> nodes, List<ExportedEdge> edges,
                              List<ExportedPartnership> partnerships, boolean aggregatesOnly, boolean folded) {

    /** How a folded export is explained beside its header (GEXF description, CSV README). */
    static final String FOLDED_NOTE = "Méta-réseau plié (fold=coordination) : les structures dont la coordination "
            + "est la mission, et celles de keep, gardées ; les autres regroupées en un nœud par type (id « type:<code> », "
            + "folded = true, members = nombre de structures), dont les mesures de partenaire clé sont laissées vides "
            + "(elles mesureraient le dessin, pas une structure) ; les structures gardées portent leurs mesures dans le "
            + "méta-réseau entier. Un lien vers un regroupement additionne orientations et personnes partagées de ses "
            + "membres (une personne suivie par deux membres compte deux fois) ; les échanges entre membres d'un même "
            + "regroupement n'y figurent pas.";

    /** An unfolded export. */
    public ExportedNetwork(ExportHeader header, List<ExportedNode> nodes, List<ExportedEdge> edges,
                           List<ExportedPartnership> partnerships, boolean aggregatesOnly) {
        this(header, nodes, edges, partnerships, aggregatesOnly, false);
    }

    /** An unfolded export with every count as it is. */
    public ExportedNetwork(ExportHeader header, List<ExportedNode> nodes, List<ExportedEdge> edges,
                           List<ExportedPartnership> partnerships) {
        this(header, nodes, edges, partnerships, false);
    }

    /** The nodes' attributes as this export writes them: with the small-cell rule for aggregates only. */
    List<ExportColumns.Column<ExportedNode>> nodeColumns() {
        return ExportColumns.nodes(aggregatesOnly, folded);
    }

    /** The edges' attributes as this export writes them: with the small-cell rule for aggregates only. */
    List<ExportColumns.Column<ExportedEdge>> edgeColumns() {
        return ExportColumns.edges(aggregatesOnly);
    }

    /** The edge's weight as a number, or null when the small-cell rule hides it. */
    Long shownWeight(ExportedEdge edge) {
        return aggregatesOnly && edge.smallLinks() > 0 ? null : edge.weight();
    }
}
