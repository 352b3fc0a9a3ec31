package fr.maillage.person;

import java.time.LocalDate;
import java.util.List;

/**
 * One step of a person's parcours (étape du parcours): a referral, an involvement or an
 * assessment, placed on its date (an involvement on its start).
 */
public sealed interface ParcoursEvent {

    /** {@code referral}, {@code involvement} or {@code assessment}. */
    String type();

    String id();

    LocalDate date();

    /**
     * An orientation. {@code responseDelayDays}: days from its date to its response date, null
     * without a response.
     */
    record Referral(String type, String id, LocalDate date, StructureRef from, String fromRole, StructureRef to,
                    String toRole, List<String> reasons, String status, LocalDate responseDate,
                    Long responseDelayDays, StructureRef redirectedTo) implements ParcoursEvent {
    }

    /**
     * An intervention, {@code date} being its start. {@code rupture}: it ended with
     * {@code rupture}; {@code concurrentEvaluation}: an evaluation with a concurrent one.
     */
    record Involvement(String type, String id, LocalDate date, LocalDate end, String kind, StructureRef structure,
                       String role, String endReason, boolean rupture, boolean concurrentEvaluation)
            implements ParcoursEvent {
    }

    /** An evaluation's findings. {@code concurrentEvaluation}: another structure evaluated within 90 days. */
    record Assessment(String type, String id, LocalDate date, StructureRef structure, String complexity,
                      List<String> needs, Boolean apa, boolean concurrentEvaluation) implements ParcoursEvent {
    }
}
