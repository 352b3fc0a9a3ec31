// Audit records newest first, filtered by $from / $to (ISO instants, inclusive, null: open),
// $user and $action (null: any), at most $limit.
MATCH (a:AuditRecord)
WHERE ($from IS NULL OR a.at >= $from) AND ($to IS NULL OR a.at <= $to)
  AND ($user IS NULL OR a.user = $user) AND ($action IS NULL OR a.action = $action)
RETURN a {.*} AS record
ORDER BY a.seq DESC
LIMIT $limit
