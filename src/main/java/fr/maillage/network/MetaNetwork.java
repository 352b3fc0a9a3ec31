package fr.maillage.network;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
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
     * The méta-réseau reduced to its exchanges, as key partners measure it; equal to what
     * {@link MetaNetworks#exchanges} gets straight from the database.
     */
    public ExchangeGraph exchanges() {
        return new ExchangeGraph(
                nodes.stream().map(n -> new ExchangeGraph.Node(n.id(), n.name(), n.sector())).toList(),
                links.stream().map(l -> new ExchangeGraph.Tie(l.source(), l.target(), l.referrals(), l.sharedPersons()))
                        .toList(),
                arcs.stream().map(a -> new ExchangeGraph.Arc(a.source(), a.target(), a.count(),
                        a.referrals().stream().map(r -> YearMonth.from(r.date())).distinct().sorted().toList()))
                        .toList());
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
}
