package fr.maillage.analysis.partners;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Gould and Fernandez's (1989) brokerage roles on a directed graph, the contract's definition:
 * "for every two-path a -> v -> c with a != c and no arc a -> c, v is a coordinator (a, v, c
 * same sector), itinerant (a and c same sector, v another), gatekeeper (v and c same, a another),
 * representative (a and v same, c another) or liaison (three sectors); counts per role."
 * JGraphT has no brokerage algorithm; this is the plain enumeration of two-paths, over vertex
 * indexes so that "is there an arc a -> c" is one bit.
 */
final class Brokerage {

    private static final int COORDINATOR = 0;
    private static final int ITINERANT = 1;
    private static final int GATEKEEPER = 2;
    private static final int REPRESENTATIVE = 3;
    private static final int LIAISON = 4;

    private Brokerage() {
    }

    /**
     * Roles of every vertex {@code 0..n-1} of the digraph whose arc {@code i} goes from
     * {@code from[i]} to {@code to[i]} (no two alike, no loop), {@code group} giving each vertex's
     * group (its sector; null is a group too).
     */
    static BrokerageRoles[] roles(int n, int[] from, int[] to, IntFunction<String> group) {
        int[] groups = new int[n];
        Map<String, Integer> groupIds = new HashMap<>();
        BitSet[] successors = new BitSet[n];
        for (int v = 0; v < n; v++) {
            groups[v] = groupIds.computeIfAbsent(group.apply(v), g -> groupIds.size());
            successors[v] = new BitSet(n);
        }
        for (int i = 0; i < from.length; i++) {
            successors[from[i]].set(to[i]);
        }
        int[][] out = slices(n, from, to);
        int[][] in = slices(n, to, from);
        BrokerageRoles[] roles = new BrokerageRoles[n];
        for (int v = 0; v < n; v++) {
            long[] counts = new long[5];
            for (int a : in[v]) {
                for (int c : out[v]) {
                    if (c != a && !successors[a].get(c)) {
                        counts[role(groups[a], groups[v], groups[c])]++;
                    }
                }
            }
            roles[v] = new BrokerageRoles(counts[COORDINATOR], counts[ITINERANT], counts[GATEKEEPER],
                    counts[REPRESENTATIVE], counts[LIAISON]);
        }
        return roles;
    }

    /** For every vertex, the {@code other} ends of the arcs whose {@code end} it is. */
    private static int[][] slices(int n, int[] end, int[] other) {
        int[] sizes = new int[n];
        for (int v : end) {
            sizes[v]++;
        }
        int[][] slices = new int[n][];
        for (int v = 0; v < n; v++) {
            slices[v] = new int[sizes[v]];
            sizes[v] = 0;
        }
        for (int i = 0; i < end.length; i++) {
            slices[end[i]][sizes[end[i]]++] = other[i];
        }
        return slices;
    }

    private static int role(int a, int v, int c) {
        if (a == v && v == c) {
            return COORDINATOR;
        }
        if (a == c) {
            return ITINERANT;
        }
        if (v == c) {
            return GATEKEEPER;
        }
        if (a == v) {
            return REPRESENTATIVE;
        }
        return LIAISON;
    }
}
