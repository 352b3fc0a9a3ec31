package fr.maillage.analysis.partners;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.springframework.stereotype.Service;

import fr.maillage.access.SmallCounts;
import fr.maillage.api.Window;
import fr.maillage.db.AnswerCache;
import fr.maillage.network.ArcReferral;
import fr.maillage.network.IndexedGraph;
import fr.maillage.network.MetaNetwork;
import fr.maillage.network.MetaNetworks;
import fr.maillage.network.ReferralArc;
import fr.maillage.network.StructureNode;

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
        return ranked(metaNetworks.project(territoryId, window));
    }

    /**
     * The ranked key partners of a méta-réseau already projected, shared per territory, window and
     * data version like the projection: the report and the exports hold the network already, and
     * asking by territory would project it a second time whenever the answer is not cached.
     */
    public List<KeyPartner> ranked(MetaNetwork network) {
        return answers.get("key-partners", List.of(network.territoryId(), network.window()),
                () -> List.copyOf(of(network)));
    }

    /** The ranked key partners of an already projected méta-réseau, measured on its indexed graph. */
    public static List<KeyPartner> of(MetaNetwork network) {
        List<StructureNode> nodes = network.nodes();
        IndexedGraph graph = network.graph();
        int n = nodes.size();
        double[] betweenness = Centralities.betweenness(graph);
        Map<Integer, Double> pagerank = Centralities.pagerank(graph.jgrapht());
        Set<Integer> cutpoints = new BiconnectivityInspector<>(graph.jgrapht()).getCutpoints();
        int[] senders = new int[graph.arcs()];
        int[] receivers = new int[graph.arcs()];
        for (int j = 0; j < graph.arcs(); j++) {
            senders[j] = graph.arcSource(j);
            receivers[j] = graph.arcTarget(j);
        }
        BrokerageRoles[] brokerage = Brokerage.roles(n, senders, receivers, v -> nodes.get(v).sector());
        int[] regularity = regularity(network.arcs(), graph, n);
        long[] smallSharedPersons = new long[n];
        int[] smallLinks = new int[n];
        for (int i = 0; i < graph.links(); i++) {
            long shared = network.links().get(i).sharedPersons();
            if (SmallCounts.isSmall(shared)) {
                for (int end : new int[] {graph.linkSource(i), graph.linkTarget(i)}) {
                    smallSharedPersons[end] += shared;
                    smallLinks[end]++;
                }
            }
        }

        List<KeyPartner> partners = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            StructureNode node = nodes.get(v);
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
     * Distinct calendar months of the window in which a structure sent or received a referral
     * to or from another node (v1.3: a referral about a person of the territory): the arcs of the
     * referral digraph are exactly those referrals.
     */
    private static int[] regularity(List<ReferralArc> arcs, IndexedGraph graph, int n) {
        List<Set<Integer>> months = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            months.add(new HashSet<>());
        }
        for (int j = 0; j < arcs.size(); j++) {
            // an arc's referrals come in date order: each month once per arc
            int last = Integer.MIN_VALUE;
            for (ArcReferral referral : arcs.get(j).referrals()) {
                int month = referral.date().getYear() * 12 + referral.date().getMonthValue();
                if (month != last) {
                    last = month;
                    months.get(graph.arcSource(j)).add(month);
                    months.get(graph.arcTarget(j)).add(month);
                }
            }
        }
        return months.stream().mapToInt(Set::size).toArray();
    }
}
