package fr.maillage.analysis.partners;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;

/**
 * Gould and Fernandez's (1989) brokerage roles on a directed graph, the contract's definition:
 * "for every two-path a -> v -> c with a != c and no arc a -> c, v is a coordinator (a, v, c
 * same sector), itinerant (a and c same sector, v another), gatekeeper (v and c same, a another),
 * representative (a and v same, c another) or liaison (three sectors); counts per role."
 * JGraphT has no brokerage algorithm; this is the plain enumeration of two-paths.
 */
final class Brokerage {

    private static final int COORDINATOR = 0;
    private static final int ITINERANT = 1;
    private static final int GATEKEEPER = 2;
    private static final int REPRESENTATIVE = 3;
    private static final int LIAISON = 4;

    private Brokerage() {
    }

    /** Roles of every vertex of {@code digraph}, {@code group} giving each vertex's group (its sector). */
    static <V, E> Map<V, BrokerageRoles> roles(Graph<V, E> digraph, Function<V, String> group) {
        Map<V, Set<V>> successors = new HashMap<>();
        for (V v : digraph.vertexSet()) {
            successors.put(v, Set.copyOf(Graphs.successorListOf(digraph, v)));
        }
        Map<V, BrokerageRoles> roles = new HashMap<>();
        for (V v : digraph.vertexSet()) {
            long[] counts = new long[5];
            String gv = group.apply(v);
            for (V a : Graphs.predecessorListOf(digraph, v)) {
                Set<V> reachedFromA = successors.get(a);
                String ga = group.apply(a);
                for (V c : successors.get(v)) {
                    if (c.equals(a) || c.equals(v) || a.equals(v) || reachedFromA.contains(c)) {
                        continue;
                    }
                    counts[role(ga, gv, group.apply(c))]++;
                }
            }
            roles.put(v, new BrokerageRoles(counts[COORDINATOR], counts[ITINERANT], counts[GATEKEEPER],
                    counts[REPRESENTATIVE], counts[LIAISON]));
        }
        return roles;
    }

    private static int role(String a, String v, String c) {
        if (Objects.equals(a, v) && Objects.equals(v, c)) {
            return COORDINATOR;
        }
        if (Objects.equals(a, c)) {
            return ITINERANT;
        }
        if (Objects.equals(v, c)) {
            return GATEKEEPER;
        }
        if (Objects.equals(a, v)) {
            return REPRESENTATIVE;
        }
        return LIAISON;
    }
}
