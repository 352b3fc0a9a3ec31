package fr.maillage.analysis.partners;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.IntStream;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;

import fr.maillage.network.IndexedGraph;

/**
 * Betweenness and PageRank of the méta-réseau (centralités), scaled and tuned to give the
 * figures the contract names (networkx's defaults), so researchers can compare them with their
 * own scripts.
 *
 * <p>Betweenness is written on int and double arrays rather than with JGraphT because we
 * measured it better: on the benchmark territory's méta-réseau (309 structures, 12,105 links)
 * JGraphT 1.5.2's {@code BetweennessCentrality} takes about 0.42 s, keeping distances, path
 * counts and predecessor lists in boxed hash maps for every source, where this Brandes takes 31
 * to 36 ms on the same machine; on 609 structures and 24,358 links, 1.55 s against 85 to 96 ms
 * (docs/benchmarks.md, "Analyses"); from 200 vertices its sources are shared between the cores.
 * {@code CentralitiesCrossCheckTest} checks it against
 * JGraphT's {@code BetweennessCentrality} and against an independent all-pairs count on hundreds
 * of seeded random graphs.
 */
final class Centralities {

    static final double DAMPING = 0.85;

    /** Stop when no rank moves by more than this between two iterations; far below what is shown. */
    private static final double PAGERANK_TOLERANCE = 1e-12;
    private static final int PAGERANK_MAX_ITERATIONS = 10_000;

    /** Betweenness shares computed side by side (on the common fork-join pool) from this many vertices. */
    private static final int SHARED_FROM = 200;
    private static final int SHARES = 4;

    private Centralities() {
    }

    /**
     * Brandes (2001) betweenness on the unweighted undirected graph (the contract's betweenness
     * counts hops), normalised by 2/((n-1)(n-2)); 0 for every vertex when n <= 2 (networkx's
     * {@code betweenness_centrality} default).
     *
     * <p>Every vertex is a source, so each unordered pair is counted from both ends: the sum is
     * twice the pair count, hence the factor 1/((n-1)(n-2)), networkx's own. The dependency
     * update is written as networkx writes it, (1 + delta(w)) / sigma(w) times sigma(v), so the
     * figures agree to the last bits.
     */
    static double[] betweenness(IndexedGraph graph) {
        int n = graph.size();
        double[] scores = new double[n];
        if (n <= 2) {
            return scores;
        }
        // Sources are dealt into a fixed number of shares whatever the machine, summed in share
        // order: the figures do not depend on the cores, and two cores halve the time.
        int shares = n >= SHARED_FROM ? SHARES : 1;
        double[][] partial = new double[shares][];
        IntStream.range(0, shares).parallel().forEach(share -> partial[share] = dependencies(graph, share, shares));
        double scale = 1.0 / ((double) (n - 1) * (n - 2));
        for (int v = 0; v < n; v++) {
            double sum = 0;
            for (double[] share : partial) {
                sum += share[v];
            }
            scores[v] = sum * scale;
        }
        return scores;
    }

    /** Sources from which one share of the betweenness is accumulated: {@code first}, then every {@code step}-th. */
    private static double[] dependencies(IndexedGraph graph, int first, int step) {
        int n = graph.size();
        double[] scores = new double[n];
        int[] order = new int[n];
        int[] distance = new int[n];
        double[] paths = new double[n];
        double[] dependency = new double[n];
        for (int source = first; source < n; source += step) {
            Arrays.fill(distance, -1);
            Arrays.fill(paths, 0);
            Arrays.fill(dependency, 0);
            distance[source] = 0;
            paths[source] = 1;
            order[0] = source;
            int reached = 1;
            for (int head = 0; head < reached; head++) {
                int v = order[head];
                for (int slot = graph.from(v); slot < graph.to(v); slot++) {
                    int w = graph.neighbour(slot);
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        order[reached++] = w;
                    }
                    if (distance[w] == distance[v] + 1) {
                        paths[w] += paths[v];
                    }
                }
            }
            // The breadth-first order never decreases in distance: walked backwards, every vertex
            // comes after all those it precedes on a shortest path.
            for (int i = reached - 1; i > 0; i--) {
                int w = order[i];
                double coefficient = (1 + dependency[w]) / paths[w];
                for (int slot = graph.from(w); slot < graph.to(w); slot++) {
                    int v = graph.neighbour(slot);
                    if (distance[v] == distance[w] - 1) {
                        dependency[v] += paths[v] * coefficient;
                    }
                }
                scores[w] += dependency[w];
            }
        }
        return scores;
    }

    /**
     * PageRank with damping 0.85 on the weighted undirected graph, the rank of nodes without
     * edges spread over all nodes (networkx's {@code pagerank}), with JGraphT: a few milliseconds
     * on the benchmark's méta-réseau, no reason to write our own.
     *
     * <p>JGraphT's {@code PageRank} already computes the same fixed point: on an undirected
     * weighted graph a node passes its rank to its neighbours in proportion to edge weights, and
     * each iteration gives every node ((1-d) x rank of nodes with edges + rank of nodes without)
     * / n, which is networkx's (1-d)/n + d x (dangling rank)/n once ranks sum to 1. Only the
     * stopping rule differs (networkx: sum of changes < n x 1e-6; JGraphT: largest change below
     * its tolerance, 1e-4 by default), so we iterate to 1e-12 instead.
     */
    static <V, E> Map<V, Double> pagerank(Graph<V, E> graph) {
        if (graph.vertexSet().isEmpty()) {
            return Map.of();
        }
        return new PageRank<>(graph, DAMPING, PAGERANK_MAX_ITERATIONS, PAGERANK_TOLERANCE).getScores();
    }
}
