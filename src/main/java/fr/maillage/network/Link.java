package fr.maillage.network;

import java.time.LocalDate;
import java.util.List;

/**
 * An observed edge of the méta-réseau between two structures that exchanged in the window;
 * {@code source < target} in id order (the edge is undirected).
 *
 * @param referrals         referrals between them in the window, both directions
 * @param sharedPersons     distinct persons they shared in the window
 * @param referralDates     the date of each of those referrals, sorted (one entry per referral)
 * @param sharedPersonDates for each shared person, the first day inside the window on which both
 *                          involvements were active, sorted (one entry per person)
 */
public record Link(String source, String target, long referrals, long sharedPersons,
                   List<LocalDate> referralDates, List<LocalDate> sharedPersonDates) {

    /** The contract's edge weight: referrals (both directions) + distinct shared persons. */
    public long weight() {
        return referrals + sharedPersons;
    }

    /** The other end of this link seen from {@code structureId}. */
    public String opposite(String structureId) {
        return source.equals(structureId) ? target : source;
    }
}
