package fr.maillage.analysis.partners;

import com.fasterxml.jackson.annotation.JsonIgnore;

import fr.maillage.access.MaskedWithSmallCounts;
import fr.maillage.access.PersonCount;
import fr.maillage.access.SmallCounts;

/**
 * One structure of the méta-réseau with its key-partner measures (partenaires clés), the
 * contract's row of {@code GET /api/territories/{id}/key-partners}. See {@link Measure} for what
 * each measure means.
 *
 * @param weightedDegree     the sum of its links' weights, so of their shared persons too: a planner
 *                           reads it under the small-cell rule as soon as one of those counts is small
 * @param crossSectorShare   its share of the weighted degree toward other sectors: "masqué" to a
 *                           planner when that degree holds a small count
 * @param smallSharedPersons the shared persons of its links whose count is small ({@link SmallCounts}),
 *                           in all; never in an answer, since the links' referrals would give them away
 * @param smallLinks         how many links those are; never in an answer either
 */
public record KeyPartner(String structureId, String name, String sector, int degree,
                         @PersonCount(includes = "smallSharedPersons", parts = "smallLinks") long weightedDegree,
                         double betweenness, double pagerank, boolean articulationPoint,
                         @MaskedWithSmallCounts(parts = "smallLinks") double crossSectorShare,
                         BrokerageRoles brokerage, int regularity,
                         @JsonIgnore long smallSharedPersons, @JsonIgnore int smallLinks) {
}
