// The import history: the $limit latest import attempts, newest first, without their problems.
MATCH (i:Import)
RETURN i.id AS id, i.status AS status, i.source AS source, i.rowsDone AS rowsDone, i.rowsTotal AS rowsTotal,
       i.counts AS counts, null AS errors, toString(i.startedAt) AS startedAt,
       toString(i.finishedAt) AS finishedAt, i.message AS message, i.user AS user
ORDER BY i.startedAt DESC, i.id DESC
LIMIT $limit
