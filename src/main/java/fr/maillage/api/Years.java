package fr.maillage.api;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A closed span of calendar years {@code [from, to]} (années) asked as {@code from=AAAA&to=AAAA},
 * for the answers kept per year: the consolidated account of coordination, the territory's
 * history. Years lie between those of {@link Window#EARLIEST} and {@link Window#LATEST}, the
 * importer's bounds for a funding's year.
 */
public record Years(int from, int to) {

    /**
     * The consolidated account's default span: five years, the length of the multi-year
     * contracts (CPOM) that fund coordination structures.
     */
    public static final int CPOM_YEARS = 5;

    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    /** The span of a request: {@code to} defaults to this year, {@code from} to {@code defaultYears} years ending with it. */
    public static Years of(String from, String to, int defaultYears) {
        int end = blank(to) ? LocalDate.now().getYear() : year("to", to);
        int start = blank(from) ? Math.max(end - defaultYears + 1, Window.EARLIEST.getYear()) : year("from", from);
        if (start > end) {
            throw new BadParameterException("from", "L'année « from » (" + start + ") est après « to » (" + end + ")");
        }
        return new Years(start, end);
    }

    /** The calendar years a window of dates touches, first to last. */
    public static Years of(Window window) {
        return new Years(window.from().getYear(), window.to().getYear());
    }

    /** This span, refused (naming {@code from}) when it holds more than {@code max} years. */
    public Years atMost(int max) {
        if (to - from + 1 > max) {
            throw new BadParameterException("from", "La période de " + from + " à " + to + " compte " + (to - from + 1)
                    + " ans : " + max + " au plus");
        }
        return this;
    }

    /** Every year of the span, in order. */
    public List<Integer> each() {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    /** The window of one calendar year, 1 January to 31 December. */
    public static Window calendar(int year) {
        return new Window(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
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
