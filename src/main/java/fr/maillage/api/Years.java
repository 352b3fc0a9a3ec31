package fr.maillage.api;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A closed span of calendar years {@code [from, to]} asked as {@code from=YYYY&to=YYYY}. The
 * years lie within those of {@link Window#EARLIEST} and {@link Window#LATEST}, and a span holds
 * at most {@value #MAX_YEARS} of them: each year is one méta-réseau to project, and thirty years
 * reach back before the oldest coordination bodies (réseaux de santé of the 1990s, CLIC of 2000).
 */
public record Years(int from, int to) {

    public static final int MAX_YEARS = 30;
    /** Without {@code from}: the {@value} years ending with {@code to}. */
    public static final int DEFAULT_YEARS = 6;

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** The span of a request: {@code to} defaults to this year, {@code from} to {@value #DEFAULT_YEARS} years ending with it. */
    public static Years of(String from, String to) {
        int end = to != null ? year("to", to) : LocalDate.now().getYear();
        int start = from != null ? year("from", from) : end - DEFAULT_YEARS + 1;
        if (start > end) {
            throw new BadParameterException("from", "L'année « from » (" + start + ") est après « to » (" + end + ")");
        }
        if (end - start + 1 > MAX_YEARS) {
            throw new BadParameterException("from", "La période de " + start + " à " + end + " compte " + (end - start + 1)
                    + " ans : " + MAX_YEARS + " au plus");
        }
        return new Years(start, end);
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

    /** Every year of the span, in order. */
    public List<Integer> each() {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    /** The window of one calendar year, 1 January to 31 December. */
    public static Window calendar(int year) {
        return new Window(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
