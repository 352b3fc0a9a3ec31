package fr.maillage.exports;

import java.util.List;

/**
 * The méta-réseau of a territory and window as it leaves Maillage (réseau exporté): structures with
 * their key-partner measures, exchange edges with the dates of their exchanges, the declared
 * partnerships apart, and the header a researcher needs to reproduce it. Person ids never reach it:
 * nodes are structures, edges are counts and dates.
 */
public record ExportedNetwork(ExportHeader header, List<ExportedNode> nodes, List<ExportedEdge> edges,
                              List<ExportedPartnership> partnerships) {
}
