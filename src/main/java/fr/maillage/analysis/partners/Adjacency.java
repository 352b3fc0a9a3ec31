package fr.maillage.analysis.partners;

import java.util.Arrays;

/**
 * A simple undirected weighted graph over the vertices {@code 0..n-1} (graphe indexé), each
 * vertex's neighbours in one slice of a shared array (compressed sparse rows), so the
 * centralities walk plain ints and doubles instead of boxed maps: see {@link Centralities}.
 */
final class Adjacency {

    private final int[] first;
    private final int[] neighbours;
    private final double[] weights;

    private Adjacency(int[] first, int[] neighbours, double[] weights) {
        this.first = first;
        this.neighbours = neighbours;
        this.weights = weights;
    }

    /** The graph of {@code n} vertices whose edge {@code i} joins {@code a[i]} and {@code b[i]} with weight {@code weight[i]}. */
    static Adjacency undirected(int n, int[] a, int[] b, double[] weight) {
        int[] first = new int[n + 1];
        for (int i = 0; i < a.length; i++) {
            first[a[i] + 1]++;
            first[b[i] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            first[v + 1] += first[v];
        }
        int[] next = Arrays.copyOf(first, n);
        int[] neighbours = new int[2 * a.length];
        double[] weights = new double[2 * a.length];
        for (int i = 0; i < a.length; i++) {
            neighbours[next[a[i]]] = b[i];
            weights[next[a[i]]++] = weight[i];
            neighbours[next[b[i]]] = a[i];
            weights[next[b[i]]++] = weight[i];
        }
        return new Adjacency(first, neighbours, weights);
    }

    int size() {
        return first.length - 1;
    }

    int degree(int v) {
        return first[v + 1] - first[v];
    }

    /** Index of {@code v}'s first neighbour in {@link #neighbour(int)} and {@link #weight(int)}. */
    int from(int v) {
        return first[v];
    }

    /** One past the index of {@code v}'s last neighbour. */
    int to(int v) {
        return first[v + 1];
    }

    int neighbour(int slot) {
        return neighbours[slot];
    }

    double weight(int slot) {
        return weights[slot];
    }
}
