package fr.maillage.analysis.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.AsUnweightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

import fr.maillage.network.IndexedGraph;

/**
 * Betweenness and PageRank as computed for key partners, against simple independent
 * implementations written here from the contract's definitions and, for our own Brandes,
 * against JGraphT's, on 300 seeded random graphs: 0 to 40 nodes, densities from very sparse (disconnected, isolated nodes) to
 * dense, integer weights 1 to 10.
 */
class CentralitiesCrossCheckTest {

    private static final int GRAPHS = 300;
    private static final double[] DENSITIES = {0.02, 0.05, 0.1, 0.2, 0.4, 0.8};

    @Test
    void betweennessMatchesAllPairsShortestPathCountingNormalisedAsNetworkx() {
        for (int seed = 0; seed < GRAPHS; seed++) {
            RandomGraph random = RandomGraph.of(seed);
            double[] betweenness = Centralities.betweenness(random.indexed());
            double[] expected = allPairsBetweenness(random.adjacency);
            for (int v = 0; v < random.n; v++) {
                assertThat(betweenness[v]).as("seed %d node %d", seed, v).isCloseTo(expected[v], within(1e-9));
            }
        }
    }

    /**
     * JGraphT counts each unordered pair once and divides by (n-1)(n-2), half networkx's figure:
     * its raw score times 2/((n-1)(n-2)) is the contract's betweenness.
     */
    @Test
    void betweennessMatchesJgraphtsBrandesRescaledAsNetworkx() {
        for (int seed = 0; seed < GRAPHS; seed++) {
            RandomGraph random = RandomGraph.of(seed);
            double[] betweenness = Centralities.betweenness(random.indexed());
            Map<Integer, Double> raw =
                    new BetweennessCentrality<>(new AsUnweightedGraph<>(random.graph), false).getScores();
            double scale = random.n <= 2 ? 0 : 2.0 / ((random.n - 1.0) * (random.n - 2.0));
            for (int v = 0; v < random.n; v++) {
                assertThat(betweenness[v]).as("seed %d node %d", seed, v).isCloseTo(raw.get(v) * scale, within(1e-12));
            }
        }
    }

    /** From 200 vertices the sources are shared between the cores: the same figures. */
    @Test
    void betweennessOfLargeGraphsSharedBetweenCoresMatchesJgrapht() {
        for (int seed = 0; seed < 5; seed++) {
            Random seeded = new Random(1_000 + seed);
            RandomGraph random = RandomGraph.of(seeded, 200 + seeded.nextInt(150), 0.01 + 0.04 * seeded.nextDouble());
            double[] betweenness = Centralities.betweenness(random.indexed());
            Map<Integer, Double> raw =
                    new BetweennessCentrality<>(new AsUnweightedGraph<>(random.graph), false).getScores();
            double scale = 2.0 / ((random.n - 1.0) * (random.n - 2.0));
            assertThat(raw.values()).as("seed %d: paths through vertices", seed).anyMatch(score -> score > 0);
            for (int v = 0; v < random.n; v++) {
                assertThat(betweenness[v]).as("seed %d node %d", seed, v).isCloseTo(raw.get(v) * scale, within(1e-12));
            }
        }
    }

    @Test
    void pagerankMatchesPowerIterationWithDanglingRankSpreadOverAllNodes() {
        int withIsolatedNodes = 0;
        for (int seed = 0; seed < GRAPHS; seed++) {
            RandomGraph random = RandomGraph.of(seed);
            Map<Integer, Double> pagerank = Centralities.pagerank(random.graph);
            double[] expected = powerIteration(random.adjacency);
            for (int v = 0; v < random.n; v++) {
                assertThat(pagerank.get(v)).as("seed %d node %d", seed, v).isCloseTo(expected[v], within(1e-6));
            }
            if (random.graph.vertexSet().stream().anyMatch(v -> random.graph.degreeOf(v) == 0)) {
                withIsolatedNodes++;
            }
        }
        assertThat(withIsolatedNodes).as("graphs exercising the dangling rank").isGreaterThan(GRAPHS / 4);
    }

    /** A random simple undirected weighted graph and its weight matrix (0 = no edge). */
    private record RandomGraph(int n, Graph<Integer, DefaultWeightedEdge> graph, double[][] adjacency) {

        static RandomGraph of(long seed) {
            Random random = new Random(seed);
            return of(random, random.nextInt(41), DENSITIES[random.nextInt(DENSITIES.length)]);
        }

        static RandomGraph of(Random random, int n, double density) {
            Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
            double[][] adjacency = new double[n][n];
            for (int v = 0; v < n; v++) {
                graph.addVertex(v);
            }
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    if (random.nextDouble() < density) {
                        double weight = 1 + random.nextInt(10);
                        graph.setEdgeWeight(graph.addEdge(a, b), weight);
                        adjacency[a][b] = weight;
                        adjacency[b][a] = weight;
                    }
                }
            }
            return new RandomGraph(n, graph, adjacency);
        }

        /** The same graph as key partners index it. */
        IndexedGraph indexed() {
            int[] a = new int[graph.edgeSet().size()];
            int[] b = new int[a.length];
            double[] weight = new double[a.length];
            int i = 0;
            for (DefaultWeightedEdge edge : graph.edgeSet()) {
                a[i] = graph.getEdgeSource(edge);
                b[i] = graph.getEdgeTarget(edge);
                weight[i++] = graph.getEdgeWeight(edge);
            }
            return IndexedGraph.of(n, a, b, weight, new int[0], new int[0]);
        }
    }

    /**
     * For every pair s < t and every other v: sigma(s,v) x sigma(v,t) / sigma(s,t) when v lies on a
     * shortest s-t path (d(s,v) + d(v,t) = d(s,t)), summed, then scaled by 2/((n-1)(n-2)).
     */
    private static double[] allPairsBetweenness(double[][] adjacency) {
        int n = adjacency.length;
        int[][] distance = new int[n][];
        double[][] paths = new double[n][];
        for (int s = 0; s < n; s++) {
            distance[s] = new int[n];
            paths[s] = new double[n];
            Arrays.fill(distance[s], -1);
            distance[s][s] = 0;
            paths[s][s] = 1;
            Deque<Integer> queue = new ArrayDeque<>();
            queue.add(s);
            while (!queue.isEmpty()) {
                int u = queue.poll();
                for (int w = 0; w < n; w++) {
                    if (adjacency[u][w] == 0) {
                        continue;
                    }
                    if (distance[s][w] < 0) {
                        distance[s][w] = distance[s][u] + 1;
                        queue.add(w);
                    }
                    if (distance[s][w] == distance[s][u] + 1) {
                        paths[s][w] += paths[s][u];
                    }
                }
            }
        }
        double[] betweenness = new double[n];
        if (n <= 2) {
            return betweenness;
        }
        for (int s = 0; s < n; s++) {
            for (int t = s + 1; t < n; t++) {
                if (distance[s][t] < 0) {
                    continue;
                }
                for (int v = 0; v < n; v++) {
                    if (v != s && v != t && distance[s][v] >= 0 && distance[v][t] >= 0
                            && distance[s][v] + distance[v][t] == distance[s][t]) {
                        betweenness[v] += paths[s][v] * paths[v][t] / paths[s][t];
                    }
                }
            }
        }
        double scale = 2.0 / ((n - 1.0) * (n - 2.0));
        for (int v = 0; v < n; v++) {
            betweenness[v] *= scale;
        }
        return betweenness;
    }

    /**
     * x' = (1-d)/n + d (sum over neighbours u of x_u w_uv / W_u + (rank of nodes without edges)/n),
     * from the uniform vector until the L1 change is below 1e-15.
     */
    private static double[] powerIteration(double[][] adjacency) {
        int n = adjacency.length;
        double d = 0.85;
        double[] strength = new double[n];
        for (int u = 0; u < n; u++) {
            for (int v = 0; v < n; v++) {
                strength[u] += adjacency[u][v];
            }
        }
        double[] x = new double[n];
        Arrays.fill(x, 1.0 / n);
        for (int iteration = 0; iteration < 100_000; iteration++) {
            double dangling = 0;
            for (int u = 0; u < n; u++) {
                if (strength[u] == 0) {
                    dangling += x[u];
                }
            }
            double[] next = new double[n];
            double change = 0;
            for (int v = 0; v < n; v++) {
                double incoming = 0;
                for (int u = 0; u < n; u++) {
                    if (adjacency[u][v] != 0) {
                        incoming += x[u] * adjacency[u][v] / strength[u];
                    }
                }
                next[v] = (1 - d) / n + d * (incoming + dangling / n);
                change += Math.abs(next[v] - x[v]);
            }
            x = next;
            if (change < 1e-15) {
                break;
            }
        }
        return x;
    }
}
