package fr.maillage.network;

import java.util.List;
import java.util.Map;

/**
 * The méta-réseau as a {@link Fold} shows it (méta-réseau plié): {@link #shown()} is a méta-réseau of
 * its own, nodes, links, arcs, partnerships and indexed graph, in which a group's node stands for
 * its members; unfolded, it is {@link #whole()} itself. The structures' key-partner measures are
 * those of {@link #whole()}, the one projection: a group's betweenness or PageRank would measure the
 * drawing, not a structure, so nobody measures {@link #shown()} (and {@code KeyPartners.ranked},
 * shared per territory and window, must never be given it).
 *
 * @param members each group's structures by the group's node id, in id order; empty unfolded
 */
public record FoldedNetwork(Fold fold, MetaNetwork whole, MetaNetwork shown, Map<String, List<StructureNode>> members) {

    public FoldedNetwork {
        members = Map.copyOf(members);
    }

    /** The structures of a group node; null for a structure shown as itself. */
    public List<StructureNode> membersOf(String nodeId) {
        return members.get(nodeId);
    }

    /** How many structures of {@link #whole()} are in a group. */
    public int folded() {
        return members.values().stream().mapToInt(List::size).sum();
    }
}
