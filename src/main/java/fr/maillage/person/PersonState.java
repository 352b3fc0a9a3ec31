package fr.maillage.person;

import fr.maillage.access.PersonId;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's situation (situation de la personne) on one date: where they live, and the
 * complexity, needs and APA that the assessments dated on or before it give, else persons.csv.
 *
 * @param complexity null when unknown
 * @param apa        null when unknown
 * @param closed     the situation is closed on that date (never an orphan)
 */
public record PersonState(@PersonId String personId, String territoryId, Long birthYear, String complexity,
                          List<String> needs, Boolean apa, boolean closed) {

    public PersonState {
        needs = List.copyOf(needs);
    }

    /** The contract's age on {@code date}: its year minus the birth year; null when unknown. */
    public Integer ageOn(LocalDate date) {
        return birthYear == null ? null : date.getYear() - birthYear.intValue();
    }
}
