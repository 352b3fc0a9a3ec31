package fr.maillage.analysis.partners;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.springframework.stereotype.Service;

import fr.maillage.api.Window;
import fr.maillage.network.ArcReferral;
import fr.maillage.network.MetaNetwork;
import fr.maillage.network.MetaNetworks;
import fr.maillage.network.ReferralArc;
import fr.maillage.network.StructureNode;

/**
 * Key partners (partenaires clés) of a territory over a window: the contract's measures for
 * every node of the méta-réseau, on the one projection {@link MetaNetworks#project}.
 *
 * <p>Ranking, the contract's rule: betweenness descending, then weighted degree descending,
 * then structure id ascending, so that the structures most often on the shortest way between two
 * others come first, and ties are broken by the volume of exchanges, then stably.
 */
@Service
public class KeyPartners {

    static final Comparator<KeyPartner> RANKING = Comparator.comparingDouble(KeyPartner::betweenness).reversed()
            .thenComparing(Comparator.comparingLong(KeyPartner::weightedDegree).reversed())
            .thenComparing(KeyPartner::structureId);

    private final MetaNetworks metaNetworks;

    public KeyPartners(MetaNetworks metaNetworks) {
        this.metaNetworks = metaNetworks;
    }

    /** The ranked key partners of {@code territoryId} over {@code window}; 404 for an unknown territory. */
    public List<KeyPartner> of(String territoryId, Window window) {
        return of(metaNetworks.project(territoryId, window));
    }

    /** The ranked key partners of an already projected méta-réseau. */
    public static List<KeyPartner> of(MetaNetwork network) {
        Graph<String, DefaultWeightedEdge> graph = network.undirectedGraph();
        Map<String, StructureNode> nodes = network.nodesById();
        Map<String, Double> betweenness = Centralities.betweenness(graph);
        Map<String, Double> pagerank = Centralities.pagerank(graph);
        Set<String> cutpoints = new BiconnectivityInspector<>(graph).getCutpoints();
        Map<String, BrokerageRoles> brokerage = Brokerage.roles(network.referralGraph(), id -> nodes.get(id).sector());
        Map<String, Integer> regularity = regularity(network.arcs());

        return network.nodes().stream().map(node -> {
            String id = node.id();
            long weightedDegree = 0;
            long crossSector = 0;
            for (DefaultWeightedEdge edge : graph.edgesOf(id)) {
                long weight = (long) graph.getEdgeWeight(edge);
                weightedDegree += weight;
                if (!Objects.equals(node.sector(), nodes.get(Graphs.getOppositeVertex(graph, edge, id)).sector())) {
                    crossSector += weight;
                }
            }
            return new KeyPartner(id, node.name(), node.sector(), graph.degreeOf(id), weightedDegree,
                    betweenness.get(id), pagerank.get(id), cutpoints.contains(id),
                    weightedDegree == 0 ? 0.0 : (double) crossSector / weightedDegree,
                    brokerage.get(id), regularity.getOrDefault(id, 0));
        }).sorted(RANKING).toList();
    }

    /**
     * Distinct calendar months of the window in which a structure sent or received a referral
     * to or from another node: the arcs of the referral digraph are exactly those referrals.
     */
    private static Map<String, Integer> regularity(List<ReferralArc> arcs) {
        Map<String, Set<YearMonth>> months = new HashMap<>();
        for (ReferralArc arc : arcs) {
            for (ArcReferral referral : arc.referrals()) {
                YearMonth month = YearMonth.from(referral.date());
                months.computeIfAbsent(arc.source(), k -> new HashSet<>()).add(month);
                months.computeIfAbsent(arc.target(), k -> new HashSet<>()).add(month);
            }
        }
        Map<String, Integer> regularity = new HashMap<>();
        months.forEach((id, set) -> regularity.put(id, set.size()));
        return regularity;
    }
}
