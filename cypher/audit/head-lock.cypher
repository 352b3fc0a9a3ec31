// The head of the audit chain, locked for this transaction (writing a property takes the node's
// write lock, so appenders in other transactions, or other app instances, wait): its last seq and hash.
MERGE (h:AuditHead {id: 'audit'})
  ON CREATE SET h.seq = 0, h.hash = ''
SET h.locked = true
RETURN h.seq AS seq, h.hash AS hash
