package fr.maillage.api;

import java.time.LocalDate;

/**
 * A closed window of dates {@code [from, to]}; the contract's default is the last 12 months.
 */
public record Window(LocalDate from, LocalDate to) {

    /** The window of a request: missing bounds default to the 12 months ending today. */
    public static Window of(LocalDate from, LocalDate to) {
        LocalDate end = to != null ? to : LocalDate.now();
        LocalDate start = from != null ? from : end.minusMonths(12).plusDays(1);
        if (start.isAfter(end)) {
            throw new BadParameterException("from", "La date « from » (" + start + ") est après « to » (" + end + ")");
        }
        return new Window(start, end);
    }
}
