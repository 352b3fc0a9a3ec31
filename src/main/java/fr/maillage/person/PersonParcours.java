package fr.maillage.person;

import fr.maillage.access.PersonId;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's parcours (parcours de la personne): who they are (pseudonymous id only), every
 * referral, involvement and assessment in date order, the ruptures and the concurrent
 * evaluations.
 */
public record PersonParcours(Person person, List<ParcoursEvent> events, List<Rupture> ruptures,
                             List<ConcurrentEvaluation> concurrentEvaluations) {

    /** The person with their latest known state (persons.csv). */
    public record Person(@PersonId String id, Long birthYear, String territoryId, String territoryName, String complexity,
                         List<String> needs, Boolean apa, Boolean livesAlone, Boolean legalProtection) {
    }

    /**
     * An involvement ended with {@code rupture}, and how long the person then went without.
     *
     * @param daysWithoutSameKind days after {@code end} before an involvement of the same kind is
     *                            active again (0: one was already active the next day); null while
     *                            none has been
     * @param daysWithoutAny      the same for an involvement of any kind
     */
    public record Rupture(String involvementId, String kind, StructureRef structure, LocalDate end,
                          Long daysWithoutSameKind, Long daysWithoutAny) {
    }

    /** Two evaluations (involvements or assessments) by different structures at most 90 days apart. */
    public record ConcurrentEvaluation(String firstId, String secondId, List<String> structureIds, long daysApart) {
    }
}
