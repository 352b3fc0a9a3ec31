package fr.maillage.exports;

import java.time.LocalDate;
import java.util.List;

/**
 * An exchange edge of the méta-réseau (lien d'échange) between two structures, {@code source < target}.
 *
 * @param spells when the two structures exchanged within the window: a referral is a one-day spell,
 *               shared persons give the days their involvements were active together; sorted, disjoint
 */
public record ExportedEdge(String source, String target, long weight, long referrals, long sharedPersons,
                           List<Spell> spells) {

    /** A closed interval of days {@code [start, end]} (période). */
    public record Spell(LocalDate start, LocalDate end) {
    }

    public LocalDate firstExchange() {
        return spells.isEmpty() ? null : spells.get(0).start();
    }

    public LocalDate lastExchange() {
        return spells.isEmpty() ? null : spells.get(spells.size() - 1).end();
    }
}
