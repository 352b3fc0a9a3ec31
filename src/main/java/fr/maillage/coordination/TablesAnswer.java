package fr.maillage.coordination;

import java.time.LocalDate;
import java.util.List;

/**
 * The tables of concertation of a territory over a window (contract v1.2). No person id: the
 * person a clinical meeting is about stays in the database, so the answer is the same for every
 * role, planners included.
 *
 * @param absentKeyPartners the ten first key partners that attended no strategique or tactique meeting, in rank order
 */
public record TablesAnswer(List<Meeting> meetings, List<Attendance> attendance, List<String> absentKeyPartners) {

    /** One meeting (réunion): its table is a {@link fr.maillage.vocabulary.MeetingTable} code. */
    public record Meeting(String id, LocalDate date, String table, List<String> structureIds) {
    }

    /** How many of the window's meetings a structure of the ecology attended, per table (présence). */
    public record Attendance(String structureId, long strategique, long tactique, long concertationClinique) {
    }
}
