package fr.maillage.analysis.orphans;

import java.time.LocalDate;

import fr.maillage.api.BadParameterException;

/**
 * The orphans analysis' thresholds (seuils): the window of {@code windowDays} days before D,
 * and a referral counts as unanswered when dated before D minus {@code noResponseDays} days.
 */
public record OrphanThresholds(int windowDays, int noResponseDays) {

    /** The contract's thresholds: 90 days of window, 30 days without response. */
    public static final OrphanThresholds DEFAULT = new OrphanThresholds(90, 30);

    private static final int MAX_DAYS = 3650;

    /** The thresholds of a request: missing values take the contract's, others must be 0..3650. */
    public static OrphanThresholds of(Integer windowDays, Integer noResponseDays) {
        return new OrphanThresholds(days("window", windowDays, DEFAULT.windowDays),
                days("noResponseDays", noResponseDays, DEFAULT.noResponseDays));
    }

    private static int days(String parameter, Integer value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < 0 || value > MAX_DAYS) {
            throw new BadParameterException(parameter,
                    "Le paramètre « " + parameter + " » doit être un nombre de jours entre 0 et " + MAX_DAYS + " : " + value);
        }
        return value;
    }

    /** First day of the window {@code [D - windowDays, D]}. */
    LocalDate windowStart(LocalDate asOf) {
        return asOf.minusDays(windowDays);
    }

    /** A referral dated strictly before this day has waited more than {@code noResponseDays}. */
    LocalDate noResponseBefore(LocalDate asOf) {
        return asOf.minusDays(noResponseDays);
    }
}
