// The head of the audit chain: the last seq and hash appended (no row before the first record).
MATCH (h:AuditHead {id: 'audit'})
RETURN h.seq AS seq, h.hash AS hash
