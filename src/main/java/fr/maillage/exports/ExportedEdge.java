package fr.maillage.exports;

import java.time.LocalDate;
import java.util.List;

import fr.maillage.access.SmallCounts;

/**
 * An exchange edge of the méta-réseau (lien d'échange) between two structures, {@code source < target}.
 *
 * @param exchangeDates the days they exchanged within the window, sorted and distinct: the date of each
 *                      referral between them, and for each person they shared the first day inside the
 *                      window on which both followed that person
 * @param smallSharedPersons the small counts of persons {@code sharedPersons} adds up, in all (one pair's
 *                           own count, or in a folded export those of each pair of the edge): never written
 * @param smallLinks         how many such counts; never written either
 */
public record ExportedEdge(String source, String target, long weight, long referrals, long sharedPersons,
                           List<LocalDate> exchangeDates, long smallSharedPersons, long smallLinks) {

    /** The edge of one pair of structures, whose shared persons are one count, small or not. */
    public ExportedEdge(String source, String target, long weight, long referrals, long sharedPersons,
                        List<LocalDate> exchangeDates) {
        this(source, target, weight, referrals, sharedPersons, exchangeDates,
                SmallCounts.isSmall(sharedPersons) ? sharedPersons : 0, SmallCounts.isSmall(sharedPersons) ? 1 : 0);
    }

    public LocalDate firstExchange() {
        return exchangeDates.isEmpty() ? null : exchangeDates.get(0);
    }

    public LocalDate lastExchange() {
        return exchangeDates.isEmpty() ? null : exchangeDates.get(exchangeDates.size() - 1);
    }
}
