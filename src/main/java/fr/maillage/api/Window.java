package fr.maillage.api;

import java.time.LocalDate;

/**
 * A closed window of dates {@code [from, to]}; the contract's default is the last 12 months.
 */
public record Window(LocalDate from, LocalDate to) {

    /**
     * The dates a request may ask about. ISO dates run from year -999,999,999 to +999,999,999;
     * days that far off overflow the day numbers of the exchange logs, and no coordination
     * record is dated there.
     */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    /** The window of a request: missing bounds default to the 12 months ending today. */
    public static Window of(LocalDate from, LocalDate to) {
        LocalDate end = to != null ? checked("to", to) : LocalDate.now();
        LocalDate start = from != null ? checked("from", from) : end.minusMonths(12).plusDays(1);
        if (start.isAfter(end)) {
            throw new BadParameterException("from", "La date « from » (" + start + ") est après « to » (" + end + ")");
        }
        return new Window(start, end);
    }

    /** {@code date} when it lies between {@link #EARLIEST} and {@link #LATEST}; 400 naming {@code parameter} otherwise. */
    public static LocalDate checked(String parameter, LocalDate date) {
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new BadParameterException(parameter, "Date « " + parameter + " » hors des dates possibles (" + date
                    + ") : entre " + EARLIEST + " et " + LATEST);
        }
        return date;
    }
}
