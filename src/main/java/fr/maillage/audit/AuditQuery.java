package fr.maillage.audit;

/**
 * A filter on the audit trail; a null field matches everything.
 *
 * @param from  first instant (ISO, UTC, fixed width as {@link AuditTrail#INSTANT})
 * @param to    last instant, likewise
 * @param limit the most records answered, newest first
 */
public record AuditQuery(String from, String to, String user, String action, int limit) {
}
