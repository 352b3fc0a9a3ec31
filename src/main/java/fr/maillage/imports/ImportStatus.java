package fr.maillage.imports;

import java.util.List;
import java.util.Map;

/**
 * The record of one import attempt (suivi d'import), as {@code GET /api/imports/{id}} shows it.
 *
 * @param status     {@code en_cours}, {@code publication} (every batch written, the import's undo
 *                   journal being dropped), {@code terminee}, {@code rejetee} or {@code echouee}
 * @param rowsDone   rows written so far (all of them once {@code terminee}; for {@code echouee},
 *                   those written before the failure, then undone)
 * @param rowsTotal  rows of the bundle, known once it is validated
 * @param counts     rows written per file, once {@code terminee}
 * @param errors     the located problems of a rejected bundle
 * @param finishedAt when its record last changed status (the end of writing, while {@code publication})
 * @param message    why an import failed
 * @param user       who asked for it (null for imports recorded before users were)
 * @param endedAt    when it ended ({@code terminee}, {@code rejetee} or {@code echouee}), else null
 */
public record ImportStatus(String id, String status, String source, long rowsDone, long rowsTotal,
                           Map<String, Long> counts, List<ImportProblem> errors, String startedAt,
                           String finishedAt, String message, String user, String endedAt) {

    public static final String RUNNING = "en_cours";
    public static final String PUBLISHING = "publication";
    public static final String DONE = "terminee";
    public static final String REJECTED = "rejetee";
    public static final String FAILED = "echouee";

    /** Whether an import in this status is over, one way or the other. */
    static boolean ended(String status) {
        return DONE.equals(status) || REJECTED.equals(status) || FAILED.equals(status);
    }

    /** The same record with the progress of the import writing it now. */
    ImportStatus withProgress(long done, long total) {
        return new ImportStatus(id, status, source, done, total, counts, errors, startedAt, finishedAt, message, user,
                endedAt);
    }
}
