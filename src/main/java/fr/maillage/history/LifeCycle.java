package fr.maillage.history;

import java.time.LocalDate;
import java.util.function.IntPredicate;
import java.util.function.IntToLongFunction;

/**
 * The phase of a structure's life cycle in a calendar year (DOMAIN.md, the structure's "life
 * cycle (pre-history, development, precarious routine, end or absorption)"), from its
 * {@code opened}, {@code closed} and {@code absorbed_into} and its exchanges of each year in the
 * territory's méta-réseau (its weighted degree there: referrals about the territory's persons
 * plus persons of the territory it shared, partner by partner):
 *
 * <ul>
 * <li>the year of {@code closed}: {@link LifePhase#ABSORPTION} with an {@code absorbed_into},
 * {@link LifePhase#FIN} without; no phase after it;</li>
 * <li>a year before that of {@code opened}: {@link LifePhase#PRE_HISTOIRE} when the structure
 * already appears that year, in an exchange or a declared partnership in force; otherwise none;</li>
 * <li>from the year of {@code opened}: {@link LifePhase#DEVELOPPEMENT} that year, and each of the
 * next years up to the {@value #DEVELOPMENT_YEARS}th as long as every year so far has grown over
 * the one before; {@link LifePhase#ROUTINE_PRECAIRE} from the first year that does not (or after
 * the {@value #DEVELOPMENT_YEARS}th), for good;</li>
 * <li>an unknown {@code opened} (open since before anything is known): routine from the start.</li>
 * </ul>
 *
 * <p>A year {@code e} grows over {@code p} when {@code e > p + sqrt(p)}: a yearly count of
 * exchanges varies by about its square root when nothing changes (Poisson), so a rise within it
 * is no development. {@value #DEVELOPMENT_YEARS} years: the time the loi OTSS of 2019 gave the DAC
 * to be set up (July 2022), the longest installation the field's own calendar gives. A year's phase
 * depends only on the years up to it, never on the span asked.
 */
final class LifeCycle {

    static final int DEVELOPMENT_YEARS = 3;

    private LifeCycle() {
    }

    /**
     * The phase of {@code year}, null when the structure has none (not yet or no longer there).
     *
     * @param exchanges the structure's exchanges of a year; asked only for years from that of
     *                  {@code opened} to {@code year}, within the development years
     * @param appears   whether it appears in the territory's exchanges or partnerships of a year
     *                  before it opened
     */
    static LifePhase phase(int year, LocalDate opened, LocalDate closed, boolean absorbed,
                           IntToLongFunction exchanges, IntPredicate appears) {
        if (closed != null && year >= closed.getYear()) {
            return year > closed.getYear() ? null : absorbed ? LifePhase.ABSORPTION : LifePhase.FIN;
        }
        if (opened == null) {
            return LifePhase.ROUTINE_PRECAIRE;
        }
        int first = opened.getYear();
        if (year < first) {
            return appears.test(year) ? LifePhase.PRE_HISTOIRE : null;
        }
        if (year >= first + DEVELOPMENT_YEARS) {
            return LifePhase.ROUTINE_PRECAIRE;
        }
        for (int y = first + 1; y <= year; y++) {
            if (!grows(exchanges.applyAsLong(y - 1), exchanges.applyAsLong(y))) {
                return LifePhase.ROUTINE_PRECAIRE;
            }
        }
        return LifePhase.DEVELOPPEMENT;
    }

    /** {@code current} grows over {@code previous}: beyond a count's ordinary variation, its square root. */
    static boolean grows(long previous, long current) {
        return current > previous + Math.sqrt(previous);
    }

    /** The first year whose exchanges {@link #phase} may ask for to give the phase of {@code from} on. */
    static int firstYearNeeded(LocalDate opened, int from) {
        boolean developingAtFrom = opened != null && opened.getYear() < from && from < opened.getYear() + DEVELOPMENT_YEARS;
        return developingAtFrom ? opened.getYear() : from;
    }
}
