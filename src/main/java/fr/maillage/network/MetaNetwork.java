package fr.maillage.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.maillage.api.Window;

/**
 * The méta-réseau of a territory over a window, as the contract defines it (v1.3, "Graph
 * semantics"): the structures of the territory's ecology plus every structure that exchanged
 * about the territory's persons, the observed links (referrals + shared persons about them), the
 * referral digraph, and the declared partnerships kept apart; and {@link #graph()}, the same
 * nodes, links and arcs as one indexed graph. Built once per territory, window and data version
 * by {@link MetaNetworks#project}, read by key partners, the page, the exports, the comparison and
 * the report: nobody builds a second graph.
 *
 * @param nodes        sorted by id; vertex {@code v} of {@link #graph()} is {@code nodes.get(v)}
 * @param links        sorted by (source, target); edge {@code i} of the graph is {@code links.get(i)}
 * @param arcs         the referral digraph's arcs, sorted by (source, target); arc {@code j} of the graph
 * @param partnerships declared partnerships between nodes, sorted by (source, target, kind)
 */
public record MetaNetwork(String territoryId, Window window, List<StructureNode> nodes, List<Link> links,
                          List<ReferralArc> arcs, List<DeclaredPartnership> partnerships, IndexedGraph graph) {

    /** The méta-réseau of these parts, its indexed graph built from them. */
    public static MetaNetwork of(String territoryId, Window window, List<StructureNode> nodes, List<Link> links,
                                 List<ReferralArc> arcs, List<DeclaredPartnership> partnerships) {
        Map<String, Integer> index = new HashMap<>();
        for (int v = 0; v < nodes.size(); v++) {
            index.put(nodes.get(v).id(), v);
        }
        int[] a = new int[links.size()];
        int[] b = new int[links.size()];
        double[] weight = new double[links.size()];
        for (int i = 0; i < links.size(); i++) {
            a[i] = vertex(index, links.get(i).source());
            b[i] = vertex(index, links.get(i).target());
            weight[i] = links.get(i).weight();
        }
        int[] sources = new int[arcs.size()];
        int[] targets = new int[arcs.size()];
        for (int j = 0; j < arcs.size(); j++) {
            sources[j] = vertex(index, arcs.get(j).source());
            targets[j] = vertex(index, arcs.get(j).target());
        }
        return new MetaNetwork(territoryId, window, List.copyOf(nodes), List.copyOf(links), List.copyOf(arcs),
                List.copyOf(partnerships), IndexedGraph.of(nodes.size(), a, b, weight, sources, targets));
    }

    private static int vertex(Map<String, Integer> index, String id) {
        Integer v = index.get(id);
        if (v == null) {
            throw new IllegalStateException("méta-réseau : la structure " + id + " d'un lien n'en est pas un nœud");
        }
        return v;
    }

    public Map<String, StructureNode> nodesById() {
        return nodes.stream().collect(Collectors.toMap(StructureNode::id, Function.identity()));
    }
}
