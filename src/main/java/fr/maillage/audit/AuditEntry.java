package fr.maillage.audit;

/** What is to be recorded, before the trail gives it its place, time and hash. */
public record AuditEntry(String user, AuditAction action, String territoryId, String personId, int status,
                         String detail) {
}
