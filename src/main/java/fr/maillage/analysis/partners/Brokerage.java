package fr.maillage.analysis.partners;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
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
     * Roles of every vertex {@code 0..n-1} of the digraph whose arcs are {@code {from, to}} pairs
     * (no two alike), {@code group} giving each vertex's group (its sector; null is a group too).
     */
    static BrokerageRoles[] roles(int n, List<int[]> arcs, IntFunction<String> group) {
        List<List<Integer>> predecessors = new ArrayList<>(n);
        List<List<Integer>> successorList = new ArrayList<>(n);
        BitSet[] successors = new BitSet[n];
        int[] groups = new int[n];
        Map<String, Integer> groupIds = new HashMap<>();
        for (int v = 0; v < n; v++) {
            predecessors.add(new ArrayList<>());
            successorList.add(new ArrayList<>());
            successors[v] = new BitSet(n);
            groups[v] = groupIds.computeIfAbsent(group.apply(v), g -> groupIds.size());
        }
        for (int[] arc : arcs) {
            successorList.get(arc[0]).add(arc[1]);
            predecessors.get(arc[1]).add(arc[0]);
            successors[arc[0]].set(arc[1]);
        }
        BrokerageRoles[] roles = new BrokerageRoles[n];
        for (int v = 0; v < n; v++) {
            long[] counts = new long[5];
            for (int a : predecessors.get(v)) {
                for (int c : successorList.get(v)) {
                    if (c == a || c == v || a == v || successors[a].get(c)) {
                        continue;
                    }
                    counts[role(groups[a], groups[v], groups[c])]++;
                }
            }
            roles[v] = new BrokerageRoles(counts[COORDINATOR], counts[ITINERANT], counts[GATEKEEPER],
                    counts[REPRESENTATIVE], counts[LIAISON]);
        }
        return roles;
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
