package fr.maillage.network;

import java.time.LocalDate;
import java.util.List;

import fr.maillage.access.SmallCounts;

/**
 * An observed edge of the méta-réseau between two structures that exchanged in the window;
 * {@code source < target} in id order (the edge is undirected). In a folded méta-réseau
 * ({@link Fold}) an edge that touches a group adds up the edges of its members.
 *
 * @param referrals          referrals between them in the window, both directions
 * @param sharedPersons      distinct persons they shared in the window (folded: the sum of its pairs' counts)
 * @param referralDates      the date of each of those referrals, sorted (one entry per referral)
 * @param sharedPersonDates  for each shared person, the first day inside the window on which both
 *                           involvements were active, sorted (one entry per person, per pair when folded)
 * @param smallSharedPersons the small counts of shared persons ({@link SmallCounts}) that
 *                           {@code sharedPersons} adds up, in all: a planner's figures need them
 * @param smallPairs         how many such counts: 1 or 0 for the edge of one pair, any number folded
 */
public record Link(String source, String target, long referrals, long sharedPersons,
                   List<LocalDate> referralDates, List<LocalDate> sharedPersonDates,
                   long smallSharedPersons, int smallPairs) {

    /** The edge of one pair of structures, whose shared persons are one count, small or not. */
    public Link(String source, String target, long referrals, long sharedPersons,
                List<LocalDate> referralDates, List<LocalDate> sharedPersonDates) {
        this(source, target, referrals, sharedPersons, referralDates, sharedPersonDates,
                SmallCounts.isSmall(sharedPersons) ? sharedPersons : 0, SmallCounts.isSmall(sharedPersons) ? 1 : 0);
    }

    /** The contract's edge weight: referrals (both directions) + distinct shared persons. */
    public long weight() {
        return referrals + sharedPersons;
    }

    /** The other end of this link seen from {@code structureId}. */
    public String opposite(String structureId) {
        return source.equals(structureId) ? target : source;
    }
}
