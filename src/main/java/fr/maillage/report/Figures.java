package fr.maillage.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** French display of published figures (affichage des chiffres): "<5", "—", "55,6 %", "1 234". */
final class Figures {

    static final String UNDEFINED = "—";

    private Figures() {
    }

    /** A published value of {@code indicator} as the report prints it. */
    static String format(Indicator indicator, Object value) {
        if (value == null) {
            return UNDEFINED;
        }
        if (value instanceof String text) {
            return text;
        }
        Number number = (Number) value;
        return switch (indicator.kind()) {
            case SHARE -> percent(number.doubleValue());
            case COUNT, PERSON_COUNT -> integer(number.longValue());
            case AVERAGE, METRIC -> number instanceof Long l ? integer(l) : decimal(number.doubleValue(), "0.##");
            case AMOUNT -> euros(number);
        };
    }

    /** A difference, signed; shares in percentage points. */
    static String difference(Indicator indicator, Number value) {
        if (value == null) {
            return UNDEFINED;
        }
        double v = value.doubleValue();
        String sign = v > 0 ? "+" : v < 0 ? "−" : "";
        return switch (indicator.kind()) {
            case SHARE -> sign + decimal(Math.abs(v) * 100, "0.#") + " pt";
            case COUNT, PERSON_COUNT -> sign + integer(Math.abs(value.longValue()));
            case AVERAGE, METRIC -> sign + decimal(Math.abs(v), "0.##");
            case AMOUNT -> sign + euros(Math.abs(v));
        };
    }

    /** A rate per 1,000; "—" when hidden or unknown. */
    static String rate(Double value) {
        return value == null ? UNDEFINED : decimal(value, "0.##");
    }

    static String percent(double share) {
        return decimal(share * 100, "0.#") + " %";
    }

    static String decimal(double value, String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.FRANCE)).format(value);
    }

    /** Whole euros, the French way: "1 234 567 €". */
    static String euros(Number value) {
        return decimal(value.doubleValue(), "#,##0").replace('\u202f', ' ').replace('\u00a0', ' ') + " €";
    }

    static String integer(long value) {
        return decimal(value, "#,##0").replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
