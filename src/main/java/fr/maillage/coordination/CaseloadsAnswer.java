package fr.maillage.coordination;

import java.util.List;

import fr.maillage.access.PersonCount;

/**
 * The case managers' load of a territory on a date (contract v1.2). Counts of persons read
 * "&lt;5" for a planner when small; a professional's id is no person's.
 *
 * @param reference the reference caseload of a case manager (file active de référence)
 * @param waiting   the persons of the territory who are {@code complexe_sans_gestionnaire} on the date
 */
public record CaseloadsAnswer(int reference, List<Manager> managers, @PersonCount long waiting) {

    /**
     * One professional with case management on the date (gestionnaire de cas, whatever the role
     * the file gives them).
     *
     * @param originProfession the profession they came from (origin_profession), null when unknown
     * @param active           their gestion_de_cas involvements active on the date
     * @param complex          how many of those persons are {@code complexe} on the date
     * @param extreme          how many are {@code extreme}
     */
    public record Manager(String professionalId, String structureId, String originProfession,
                          @PersonCount long active, @PersonCount long complex, @PersonCount long extreme) {
    }
}
