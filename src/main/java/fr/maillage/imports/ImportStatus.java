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
 * @param message    why an import failed
 */
public record ImportStatus(String id, String status, String source, long rowsDone, long rowsTotal,
                           Map<String, Long> counts, List<ImportProblem> errors, String startedAt,
                           String finishedAt, String message) {

    public static final String RUNNING = "en_cours";
    public static final String PUBLISHING = "publication";
    public static final String DONE = "terminee";
    public static final String REJECTED = "rejetee";
    public static final String FAILED = "echouee";
}
