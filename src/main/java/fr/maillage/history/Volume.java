package fr.maillage.history;

import java.util.Collection;

import com.fasterxml.jackson.annotation.JsonIgnore;

import fr.maillage.access.PersonCount;
import fr.maillage.access.SmallCounts;
import fr.maillage.network.Link;

/**
 * The exchanges (échanges) of a set of links of a méta-réseau: the sum of their weights, the
 * contract's referrals plus shared persons, and of their referrals. A planner reads the sum under
 * the rule of a structure's weighted degree ({@link SmallCounts#hiddenSum(long, long, long)}):
 * the links' referrals are theirs to see on the méta-réseau, so a sum holding a small count of
 * shared persons would give it back.
 *
 * @param smallSharedPersons the shared persons of the links whose count is small, in all; never in an answer
 * @param smallLinks         how many links those are; never in an answer either
 */
public record Volume(@PersonCount(includes = "smallSharedPersons", parts = "smallLinks") long exchanges, long referrals,
                     @JsonIgnore long smallSharedPersons, @JsonIgnore int smallLinks) {

    public static final Volume NONE = new Volume(0, 0, 0, 0);

    public static Volume of(Collection<Link> links) {
        long exchanges = 0;
        long referrals = 0;
        long smallShared = 0;
        int small = 0;
        for (Link link : links) {
            exchanges += link.weight();
            referrals += link.referrals();
            if (SmallCounts.isSmall(link.sharedPersons())) {
                smallShared += link.sharedPersons();
                small++;
            }
        }
        return new Volume(exchanges, referrals, smallShared, small);
    }
}
