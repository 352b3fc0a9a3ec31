package fr.maillage.analysis.partners;

/**
 * Gould-Fernandez brokerage roles (rôles de courtage) of one structure: the number of two-paths
 * a -> v -> c of the referral digraph it brokers as v, by the sectors of a, v and c.
 *
 * @param coordinator    a, v and c in the same sector
 * @param itinerant      a and c in one sector, v in another
 * @param gatekeeper     v and c in the same sector, a in another
 * @param representative a and v in the same sector, c in another
 * @param liaison        three different sectors
 */
public record BrokerageRoles(long coordinator, long itinerant, long gatekeeper, long representative, long liaison) {
}
