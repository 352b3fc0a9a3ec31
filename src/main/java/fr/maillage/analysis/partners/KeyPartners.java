package fr.maillage.analysis.partners;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.springframework.stereotype.Service;

import fr.maillage.access.SmallCounts;
import fr.maillage.api.Window;
import fr.maillage.db.AnswerCache;
import fr.maillage.network.ExchangeGraph;
import fr.maillage.network.MetaNetwork;
import fr.maillage.network.MetaNetworks;

/**
 * Key partners (partenaires clés) of a territory over a window: the contract's measures for
 * every node of the méta-réseau, on its exchanges as the one projection {@link MetaNetworks}
 * defines them.
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
    private final AnswerCache answers;

    public KeyPartners(MetaNetworks metaNetworks, AnswerCache answers) {
        this.metaNetworks = metaNetworks;
        this.answers = answers;
    }

    /** The ranked key partners of {@code territoryId} over {@code window}; 404 for an unknown territory. */
    public List<KeyPartner> of(String territoryId, Window window) {
        return answers.get("key-partners", List.of(territoryId, window),
                () -> List.copyOf(of(metaNetworks.exchanges(territoryId, window))));
    }

    /** The ranked key partners of an already projected méta-réseau. */
    public static List<KeyPartner> of(MetaNetwork network) {
        return of(network.exchanges());
    }

    /** The ranked key partners of a méta-réseau's exchanges. */
    public static List<KeyPartner> of(ExchangeGraph exchanges) {
        List<ExchangeGraph.Node> nodes = exchanges.nodes();
        int n = nodes.size();
        Map<String, Integer> index = new HashMap<>();
        for (int v = 0; v < n; v++) {
            index.put(nodes.get(v).id(), v);
        }
        List<ExchangeGraph.Tie> links = exchanges.links();
        int[] a = new int[links.size()];
        int[] b = new int[links.size()];
        double[] weight = new double[links.size()];
        for (int i = 0; i < links.size(); i++) {
            a[i] = index.get(links.get(i).source());
            b[i] = index.get(links.get(i).target());
            weight[i] = links.get(i).weight();
        }
        Adjacency graph = Adjacency.undirected(n, a, b, weight);
        double[] betweenness = Centralities.betweenness(graph);
        Graph<Integer, DefaultWeightedEdge> jgrapht = jgrapht(n, a, b, weight);
        Map<Integer, Double> pagerank = Centralities.pagerank(jgrapht);
        Set<Integer> cutpoints = new BiconnectivityInspector<>(jgrapht).getCutpoints();
        List<ExchangeGraph.Arc> arcs = exchanges.arcs();
        int[] senders = new int[arcs.size()];
        int[] receivers = new int[arcs.size()];
        for (int i = 0; i < arcs.size(); i++) {
            senders[i] = index.get(arcs.get(i).source());
            receivers[i] = index.get(arcs.get(i).target());
        }
        BrokerageRoles[] brokerage = Brokerage.roles(n, senders, receivers, v -> nodes.get(v).sector());
        int[] regularity = regularity(arcs, senders, receivers, n);
        long[] smallSharedPersons = new long[n];
        int[] smallLinks = new int[n];
        for (int i = 0; i < links.size(); i++) {
            long shared = links.get(i).sharedPersons();
            if (SmallCounts.isSmall(shared)) {
                for (int end : new int[] {a[i], b[i]}) {
                    smallSharedPersons[end] += shared;
                    smallLinks[end]++;
                }
            }
        }

        List<KeyPartner> partners = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            ExchangeGraph.Node node = nodes.get(v);
            long weightedDegree = 0;
            long crossSector = 0;
            for (int slot = graph.from(v); slot < graph.to(v); slot++) {
                long w = (long) graph.weight(slot);
                weightedDegree += w;
                if (!Objects.equals(node.sector(), nodes.get(graph.neighbour(slot)).sector())) {
                    crossSector += w;
                }
            }
            partners.add(new KeyPartner(node.id(), node.name(), node.sector(), graph.degree(v), weightedDegree,
                    betweenness[v], pagerank.get(v), cutpoints.contains(v),
                    weightedDegree == 0 ? 0.0 : (double) crossSector / weightedDegree, brokerage[v], regularity[v],
                    smallSharedPersons[v], smallLinks[v]));
        }
        partners.sort(RANKING);
        return partners;
    }

    /**
     * The same graph for JGraphT's PageRank and cut vertices, fast enough to keep: building it,
     * PageRank and the cut vertices take under 10 ms each on the benchmark territory's méta-réseau
     * (docs/benchmarks.md).
     */
    private static Graph<Integer, DefaultWeightedEdge> jgrapht(int n, int[] a, int[] b, double[] weight) {
        Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < n; v++) {
            graph.addVertex(v);
        }
        for (int i = 0; i < a.length; i++) {
            graph.setEdgeWeight(graph.addEdge(a[i], b[i]), weight[i]);
        }
        return graph;
    }

    /**
     * Distinct calendar months of the window in which a structure sent or received a referral
     * to or from another node: the arcs of the referral digraph are exactly those referrals.
     */
    private static int[] regularity(List<ExchangeGraph.Arc> arcs, int[] senders, int[] receivers, int n) {
        List<Set<YearMonth>> months = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            months.add(new HashSet<>());
        }
        for (int i = 0; i < arcs.size(); i++) {
            months.get(senders[i]).addAll(arcs.get(i).months());
            months.get(receivers[i]).addAll(arcs.get(i).months());
        }
        return months.stream().mapToInt(Set::size).toArray();
    }
}
