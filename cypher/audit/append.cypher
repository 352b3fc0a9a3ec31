// Appends one record after the chain's head ($record, with seq and hash computed by the caller
// while it holds the head's lock, see head-lock.cypher).
MATCH (h:AuditHead {id: 'audit'})
CREATE (a:AuditRecord)
SET a = $record
SET h.seq = $record.seq, h.hash = $record.hash
