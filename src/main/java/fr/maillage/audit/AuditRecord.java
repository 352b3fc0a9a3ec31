package fr.maillage.audit;

/**
 * One record of the audit trail (journal d'audit), as the contract shows it, with its place in the
 * chain: {@code hash} is the SHA-256 of the record's fields and of {@code previousHash}, so a record
 * changed, removed or inserted afterwards breaks every hash after it.
 *
 * @param at       ISO-8601 instant, UTC
 * @param status   the HTTP status answered (403 for a refusal), or 200/401 for sign-ins
 */
public record AuditRecord(long seq, String at, String user, String action, String territoryId, String personId,
                          int status, String detail, String previousHash, String hash) {
}
