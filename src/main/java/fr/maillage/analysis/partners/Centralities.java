package fr.maillage.analysis.partners;

import java.util.HashMap;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.AsUnweightedGraph;

/**
 * Betweenness and PageRank with JGraphT, scaled and tuned to give the figures the contract
 * names (networkx's defaults), so researchers can compare them with their own scripts.
 */
final class Centralities {

    static final double DAMPING = 0.85;

    /** Stop when no rank moves by more than this between two iterations; far below what is shown. */
    private static final double PAGERANK_TOLERANCE = 1e-12;
    private static final int PAGERANK_MAX_ITERATIONS = 10_000;

    private Centralities() {
    }

    /**
     * Brandes betweenness on the unweighted undirected graph, normalised by 2/((n-1)(n-2)); 0 for
     * every node when n <= 2 (networkx's {@code betweenness_centrality} default).
     *
     * <p>JGraphT's own normalisation differs: it counts each unordered pair once and divides by
     * (n-1)(n-2), half of networkx's figure. So we take its raw score (pairs counted once) and
     * apply the contract's factor ourselves. JGraphT also follows edge weights when the graph is
     * weighted; the contract's betweenness counts hops, hence the unweighted view.
     */
    static <V, E> Map<V, Double> betweenness(Graph<V, E> graph) {
        int n = graph.vertexSet().size();
        Map<V, Double> scores = new HashMap<>();
        if (n <= 2) {
            graph.vertexSet().forEach(v -> scores.put(v, 0.0));
            return scores;
        }
        double scale = 2.0 / ((double) (n - 1) * (n - 2));
        new BetweennessCentrality<>(new AsUnweightedGraph<>(graph), false).getScores()
                .forEach((v, raw) -> scores.put(v, raw * scale));
        return scores;
    }

    /**
     * PageRank with damping 0.85 on the weighted undirected graph, the rank of nodes without
     * edges spread over all nodes (networkx's {@code pagerank}).
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
