package fr.maillage.report;

/**
 * One indicator of the comparison (indicateur), the same for every territory and window.
 *
 * @param key         its key in a row's {@code values} (stable, part of the API)
 * @param group       the French heading it is shown under
 * @param label       its French label
 * @param kind        what it counts or measures, which decides how the small-cell rule applies
 * @param base        for a share, mean or median: the key of the count it is computed over
 *                    (its denominator); {@code null} otherwise
 * @param numerator   for a share: the key of the count it divides; {@code null} otherwise
 * @param perThousand whether a rate per 1,000 people aged 75+ is published for it
 * @param keyFigure   one of the key figures (chiffres clés) the report and the page show first
 */
public record Indicator(String key, String group, String label, Kind kind, String base, String numerator,
                        boolean perThousand, boolean keyFigure) {

    /** How the small-cell rule treats an indicator. */
    public enum Kind {
        /** A count of structures or professionals: never a small cell. */
        COUNT,
        /** A count of persons or of events about persons (referrals, situations): below 5 it shows "<5". */
        PERSON_COUNT,
        /** A share in [0, 1] of a person count: hidden when its numerator or its base is a small cell. */
        SHARE,
        /** A median or a mean over a person count: hidden when its base is a small cell. */
        AVERAGE,
        /** A property of the méta-réseau's graph of structures: never a small cell. */
        METRIC,
        /** An amount in euros (the consolidated account, v1.2): it counts no person, never a small cell. */
        AMOUNT
    }

    static Indicator count(String key, String group, String label) {
        return new Indicator(key, group, label, Kind.COUNT, null, null, true, false);
    }

    static Indicator persons(String key, String group, String label) {
        return new Indicator(key, group, label, Kind.PERSON_COUNT, null, null, true, false);
    }

    static Indicator share(String key, String group, String label, String numerator, String base) {
        return new Indicator(key, group, label, Kind.SHARE, base, numerator, false, false);
    }

    static Indicator average(String key, String group, String label, String base) {
        return new Indicator(key, group, label, Kind.AVERAGE, base, null, false, false);
    }

    static Indicator metric(String key, String group, String label) {
        return new Indicator(key, group, label, Kind.METRIC, null, null, false, false);
    }

    static Indicator amount(String key, String group, String label) {
        return new Indicator(key, group, label, Kind.AMOUNT, null, null, true, false);
    }

    Indicator withoutRate() {
        return new Indicator(key, group, label, kind, base, numerator, false, keyFigure);
    }

    Indicator asKeyFigure() {
        return new Indicator(key, group, label, kind, base, numerator, perThousand, true);
    }
}
