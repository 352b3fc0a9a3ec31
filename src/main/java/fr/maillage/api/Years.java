package fr.maillage.api;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A closed range of calendar years {@code [from, to]} (années), for the answers kept per year
 * such as the consolidated account of coordination. Years are written {@code AAAA} and lie
 * between the years of {@link Window#EARLIEST} and {@link Window#LATEST}, the importer's bounds
 * for a funding's year.
 */
public record Years(int from, int to) {

    /**
     * The years a default range spans when only its end is known: five, the length of the
     * multi-year contracts (CPOM) that fund coordination structures.
     */
    public static final int DEFAULT_SPAN = 5;

    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    /** The range of a request: {@code to} defaults to this year, {@code from} to {@value #DEFAULT_SPAN} years ending at {@code to}. */
    public static Years of(String from, String to) {
        int end = blank(to) ? LocalDate.now().getYear() : year("to", to);
        int start = blank(from) ? Math.max(end - DEFAULT_SPAN + 1, Window.EARLIEST.getYear()) : year("from", from);
        if (start > end) {
            throw new BadParameterException("from", "L'année « from » (" + start + ") est après « to » (" + end + ")");
        }
        return new Years(start, end);
    }

    /** The calendar years a window of dates touches, first to last. */
    public static Years of(Window window) {
        return new Years(window.from().getYear(), window.to().getYear());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static int year(String parameter, String value) {
        if (!YEAR.matcher(value).matches()) {
            throw new BadParameterException(parameter, "Année « " + parameter + " » invalide : « " + ApiErrors.shown(value)
                    + " » (format attendu AAAA)");
        }
        int year = Integer.parseInt(value);
        if (year < Window.EARLIEST.getYear() || year > Window.LATEST.getYear()) {
            throw new BadParameterException(parameter, "Année « " + parameter + " » hors des années possibles (" + year
                    + ") : entre " + Window.EARLIEST.getYear() + " et " + Window.LATEST.getYear());
        }
        return year;
    }
}
