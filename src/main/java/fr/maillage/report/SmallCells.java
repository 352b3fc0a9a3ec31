package fr.maillage.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.maillage.access.SmallCounts;
import fr.maillage.report.Indicator.Kind;

/**
 * The small-cell rule (règle des petits effectifs) that turns raw figures into publishable ones.
 *
 * <p>A count of persons, or of events about persons, below {@value #THRESHOLD} (zero included)
 * reads {@value #SMALL}. Anything that would let a reader recompute such a count is hidden
 * too: its rate per 1,000, a share whose numerator or base is a small cell, and a median or
 * a mean over a small cell (a median of three delays is one person's delay).
 */
public final class SmallCells {

    public static final int THRESHOLD = SmallCounts.THRESHOLD;
    public static final String SMALL = SmallCounts.SMALL;

    private SmallCells() {
    }

    /** Whether a raw person count must not be shown. */
    public static boolean isSmall(Number count) {
        return SmallCounts.isSmall(count);
    }

    /**
     * The published row of raw figures ({@code null} = undefined) for a territory whose
     * population aged 75+ is {@code population75Plus} ({@code null} when unknown).
     */
    static Published publish(Map<String, Number> raw, Long population75Plus) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Double> per1000 = new LinkedHashMap<>();
        List<String> suppressed = new ArrayList<>();
        boolean rates = population75Plus != null && population75Plus > 0;
        for (Indicator indicator : Indicators.ALL) {
            Number value = raw.get(indicator.key());
            boolean hidden = hides(indicator, raw);
            if (hidden) {
                suppressed.add(indicator.key());
            }
            values.put(indicator.key(), hidden ? (indicator.kind() == Kind.PERSON_COUNT ? SMALL : null) : round(value));
            if (indicator.perThousand()) {
                per1000.put(indicator.key(), hidden || !rates || value == null
                        ? null : twoDecimals(value.doubleValue() * 1000.0 / population75Plus));
            }
        }
        return new Published(values, per1000, rates ? null
                : "Population de 75 ans et plus inconnue : pas de taux pour 1 000 habitants de 75 ans et plus.",
                suppressed);
    }

    private static boolean hides(Indicator indicator, Map<String, Number> raw) {
        return switch (indicator.kind()) {
            case COUNT, METRIC, AMOUNT -> false;
            case PERSON_COUNT -> isSmall(raw.get(indicator.key()));
            case SHARE -> smallPersonCount(indicator.numerator(), raw) || smallPersonCount(indicator.base(), raw);
            case AVERAGE -> smallPersonCount(indicator.base(), raw);
        };
    }

    private static boolean smallPersonCount(String key, Map<String, Number> raw) {
        return Indicators.get(key).kind() == Kind.PERSON_COUNT && isSmall(raw.get(key));
    }

    /** Counts stay integers; other figures keep 4 significant decimals. */
    static Number round(Number value) {
        if (value == null || value instanceof Long || value instanceof Integer) {
            return value;
        }
        return Math.round(value.doubleValue() * 10000.0) / 10000.0;
    }

    private static Double twoDecimals(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

    record Published(Map<String, Object> values, Map<String, Double> per1000, String ratesNote, List<String> suppressed) {
    }
}
