// The record of an import attempt.
MATCH (i:Import {id: $id})
RETURN i.id AS id, i.status AS status, i.source AS source, i.rowsDone AS rowsDone, i.rowsTotal AS rowsTotal,
       i.counts AS counts, i.errors AS errors, toString(i.startedAt) AS startedAt,
       toString(i.finishedAt) AS finishedAt, i.message AS message, i.user AS user
