package fr.maillage.exports;

import java.time.LocalDate;
import java.util.List;

/**
 * An exchange edge of the méta-réseau (lien d'échange) between two structures, {@code source < target}.
 *
 * @param exchangeDates the days they exchanged within the window, sorted and distinct: the date of each
 *                      referral between them, and for each person they shared the first day inside the
 *                      window on which both followed that person
 */
public record ExportedEdge(String source, String target, long weight, long referrals, long sharedPersons,
                           List<LocalDate> exchangeDates) {

    public LocalDate firstExchange() {
        return exchangeDates.isEmpty() ? null : exchangeDates.get(0);
    }

    public LocalDate lastExchange() {
        return exchangeDates.isEmpty() ? null : exchangeDates.get(exchangeDates.size() - 1);
    }
}
