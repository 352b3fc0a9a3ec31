package fr.maillage.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import org.jgrapht.alg.connectivity.ConnectivityInspector;

import fr.maillage.analysis.partners.KeyPartner;
import fr.maillage.network.IndexedGraph;
import fr.maillage.network.Link;
import fr.maillage.network.MetaNetwork;
import fr.maillage.network.StructureNode;

/**
 * Whole-network measures of the méta-réseau (mesures globales) for the comparison, read off
 * the one projection {@link MetaNetwork} and its key partners.
 */
final class NetworkMeasures {

    private NetworkMeasures() {
    }

    static void measure(MetaNetwork network, List<KeyPartner> partners, Map<String, Number> raw) {
        IndexedGraph graph = network.graph();
        int n = graph.size();
        int m = graph.links();
        raw.put("network.structures", (long) n);
        raw.put("network.ties", (long) m);
        raw.put("network.density", n < 2 ? null : 2.0 * m / ((double) n * (n - 1)));
        raw.put("network.degreeCentralization", degreeCentralization(graph));
        raw.put("network.crossSectorShare", m == 0 ? null : (double) crossSector(network) / m);
        raw.put("network.articulationPoints", partners.stream().filter(KeyPartner::articulationPoint).count());
        raw.put("network.components", (long) new ConnectivityInspector<>(graph.jgrapht()).connectedSets().size());
    }

    /**
     * Freeman's degree centralization, normalised: the sum over nodes of (maximum degree - degree)
     * divided by its largest possible value, (n-1)(n-2), reached by a star. 0 when every node has
     * the same degree, 1 for a star; 0 below 3 nodes, where no graph is more central than another.
     */
    static double degreeCentralization(IndexedGraph graph) {
        int n = graph.size();
        if (n < 3) {
            return 0.0;
        }
        int max = IntStream.range(0, n).map(graph::degree).max().orElse(0);
        long sum = IntStream.range(0, n).mapToLong(v -> max - graph.degree(v)).sum();
        return (double) sum / ((double) (n - 1) * (n - 2));
    }

    private static long crossSector(MetaNetwork network) {
        Map<String, StructureNode> nodes = network.nodesById();
        long cross = 0;
        for (Link link : network.links()) {
            if (!Objects.equals(nodes.get(link.source()).sector(), nodes.get(link.target()).sector())) {
                cross++;
            }
        }
        return cross;
    }
}
