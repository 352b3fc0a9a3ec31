package fr.maillage.network;

import java.util.Arrays;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The méta-réseau as an indexed graph (graphe indexé), the one graph every measure reads: its
 * nodes are the vertices {@code 0..n-1} in the order of {@link MetaNetwork#nodes()}, its links the
 * undirected weighted edges in the order of {@link MetaNetwork#links()}, its referral digraph the
 * arcs in the order of {@link MetaNetwork#arcs()}. Each vertex's neighbours sit in one slice of a
 * shared array (compressed sparse rows), so betweenness walks plain ints and doubles instead of
 * boxed maps; {@link #jgrapht()} is the same graph for JGraphT's algorithms, built once.
 */
public final class IndexedGraph {

    private final int[] first;
    private final int[] neighbours;
    private final double[] weights;
    private final int[] linkA;
    private final int[] linkB;
    private final double[] linkWeight;
    private final int[] arcSource;
    private final int[] arcTarget;
    private Graph<Integer, DefaultWeightedEdge> jgrapht;

    private IndexedGraph(int n, int[] linkA, int[] linkB, double[] linkWeight, int[] arcSource, int[] arcTarget) {
        this.linkA = linkA;
        this.linkB = linkB;
        this.linkWeight = linkWeight;
        this.arcSource = arcSource;
        this.arcTarget = arcTarget;
        first = new int[n + 1];
        for (int i = 0; i < linkA.length; i++) {
            first[linkA[i] + 1]++;
            first[linkB[i] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            first[v + 1] += first[v];
        }
        int[] next = Arrays.copyOf(first, n);
        neighbours = new int[2 * linkA.length];
        weights = new double[2 * linkA.length];
        for (int i = 0; i < linkA.length; i++) {
            neighbours[next[linkA[i]]] = linkB[i];
            weights[next[linkA[i]]++] = linkWeight[i];
            neighbours[next[linkB[i]]] = linkA[i];
            weights[next[linkB[i]]++] = linkWeight[i];
        }
    }

    /**
     * The graph of {@code n} vertices whose edge {@code i} joins {@code a[i]} and {@code b[i]}
     * with weight {@code weight[i]} (no two alike, no loop) and whose arc {@code j} goes from
     * {@code arcSource[j]} to {@code arcTarget[j]}.
     */
    public static IndexedGraph of(int n, int[] a, int[] b, double[] weight, int[] arcSource, int[] arcTarget) {
        return new IndexedGraph(n, a.clone(), b.clone(), weight.clone(), arcSource.clone(), arcTarget.clone());
    }

    public int size() {
        return first.length - 1;
    }

    public int degree(int v) {
        return first[v + 1] - first[v];
    }

    /** Index of {@code v}'s first neighbour in {@link #neighbour(int)} and {@link #weight(int)}. */
    public int from(int v) {
        return first[v];
    }

    /** One past the index of {@code v}'s last neighbour. */
    public int to(int v) {
        return first[v + 1];
    }

    public int neighbour(int slot) {
        return neighbours[slot];
    }

    public double weight(int slot) {
        return weights[slot];
    }

    public int links() {
        return linkA.length;
    }

    /** The ends of link {@code i}. */
    public int linkSource(int i) {
        return linkA[i];
    }

    public int linkTarget(int i) {
        return linkB[i];
    }

    public int arcs() {
        return arcSource.length;
    }

    public int arcSource(int j) {
        return arcSource[j];
    }

    public int arcTarget(int j) {
        return arcTarget[j];
    }

    /**
     * The same undirected weighted graph for JGraphT (PageRank, cut vertices, components), built
     * on first use and kept: a méta-réseau is shared between the answers that read it. Callers
     * only read it.
     */
    public synchronized Graph<Integer, DefaultWeightedEdge> jgrapht() {
        if (jgrapht == null) {
            Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
            for (int v = 0; v < size(); v++) {
                graph.addVertex(v);
            }
            for (int i = 0; i < linkA.length; i++) {
                graph.setEdgeWeight(graph.addEdge(linkA[i], linkB[i]), linkWeight[i]);
            }
            jgrapht = graph;
        }
        return jgrapht;
    }

    /** Equal when the same vertices, links with their weights and arcs, in the same order. */
    @Override
    public boolean equals(Object other) {
        return other instanceof IndexedGraph g && Arrays.equals(first, g.first) && Arrays.equals(neighbours, g.neighbours)
                && Arrays.equals(weights, g.weights) && Arrays.equals(arcSource, g.arcSource)
                && Arrays.equals(arcTarget, g.arcTarget);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(neighbours) + Arrays.hashCode(arcSource);
    }
}
