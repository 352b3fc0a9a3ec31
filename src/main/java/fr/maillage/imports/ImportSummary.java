package fr.maillage.imports;

import java.util.Map;

/**
 * One line of the import history (historique des imports), as {@code GET /api/imports} lists it:
 * who imported what and when, without the problems of rejected bundles (see {@link ImportStatus}).
 */
public record ImportSummary(String id, String status, String startedAt, String endedAt, String user,
                            Map<String, Long> counts, long rowsDone, long rowsTotal, String source) {

    static ImportSummary of(ImportStatus status) {
        return new ImportSummary(status.id(), status.status(), status.startedAt(), status.endedAt(), status.user(),
                status.counts(), status.rowsDone(), status.rowsTotal(), status.source());
    }
}
