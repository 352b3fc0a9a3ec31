package fr.maillage.network;

import java.time.YearMonth;
import java.util.List;

/**
 * The méta-réseau reduced to its exchanges (graphe des échanges): its nodes, each observed link
 * with its referral and shared-person counts, and the referral digraph's arcs with the months of
 * their referrals. It is what key partners measure, without the dates, statuses, persons and
 * structure fields that the page and the exports need.
 *
 * <p>Two ways to the same value: {@link MetaNetworks#exchanges} asks the database for the counts
 * already grouped per pair (the fast way), {@link MetaNetwork#exchanges()} derives them from a
 * full projection. Both run the same queries of {@code cypher/network/}, so there is one
 * definition of the méta-réseau, and {@code ExchangeGraphTest} checks that they are equal.
 *
 * @param nodes sorted by id
 * @param links sorted by (source, target)
 * @param arcs  sorted by (source, target)
 */
public record ExchangeGraph(List<Node> nodes, List<Tie> links, List<Arc> arcs) {

    /** A structure of the méta-réseau; {@code sector} is null when unknown. */
    public record Node(String id, String name, String sector) {
    }

    /**
     * An observed link, {@code source < target} in id order.
     *
     * @param referrals     referrals between them in the window, both directions
     * @param sharedPersons distinct persons they shared in the window
     */
    public record Tie(String source, String target, long referrals, long sharedPersons) {

        /** The contract's edge weight: referrals (both directions) + distinct shared persons. */
        public long weight() {
            return referrals + sharedPersons;
        }
    }

    /**
     * An arc of the referral digraph: at least one referral dated in the window went from
     * {@code source} (its sender) to {@code target}.
     *
     * @param referrals how many
     * @param months    the distinct calendar months of their dates, ascending
     */
    public record Arc(String source, String target, long referrals, List<YearMonth> months) {
    }
}
