// The audit records with seq in ($after, $after + $size], in order, to check the chain page by page.
MATCH (a:AuditRecord)
WHERE a.seq > $after AND a.seq <= $after + $size
RETURN a {.*} AS record
ORDER BY a.seq
