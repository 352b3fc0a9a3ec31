package fr.maillage.network;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;

import fr.maillage.api.Window;

/**
 * The méta-réseau of a territory over a window, as the contract defines it ("Graph
 * semantics"): structures of the territory's ecology plus every structure that exchanged with
 * one of them, the observed links (referrals + shared persons), the referral digraph, and the
 * declared partnerships kept apart. Built once by {@link MetaNetworks#project}, read by key
 * partners, the page, the exports and the comparison: nobody builds a second graph.
 *
 * @param nodes        sorted by id
 * @param links        sorted by (source, target)
 * @param arcs         the referral digraph's arcs, sorted by (source, target)
 * @param partnerships declared partnerships between nodes, sorted by (source, target, kind)
 */
public record MetaNetwork(String territoryId, Window window, List<StructureNode> nodes, List<Link> links,
                          List<ReferralArc> arcs, List<DeclaredPartnership> partnerships) {

    public Map<String, StructureNode> nodesById() {
        return nodes.stream().collect(Collectors.toMap(StructureNode::id, Function.identity()));
    }

    /**
     * The méta-réseau as a JGraphT undirected graph over structure ids, each edge weighted by
     * the contract's weight (referrals + shared persons). Nodes without any link are included.
     */
    public Graph<String, DefaultWeightedEdge> undirectedGraph() {
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        nodes.forEach(n -> graph.addVertex(n.id()));
        for (Link link : links) {
            graph.setEdgeWeight(graph.addEdge(link.source(), link.target()), link.weight());
        }
        return graph;
    }

    /**
     * The referral digraph as a JGraphT directed graph over structure ids, each arc weighted by
     * its number of referrals. Same nodes as {@link #undirectedGraph()}.
     */
    public Graph<String, DefaultWeightedEdge> referralGraph() {
        Graph<String, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        nodes.forEach(n -> graph.addVertex(n.id()));
        for (ReferralArc arc : arcs) {
            graph.setEdgeWeight(graph.addEdge(arc.source(), arc.target()), arc.count());
        }
        return graph;
    }
}
