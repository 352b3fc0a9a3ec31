// The rows an import under way has written so far, for the other app instances to show
// (GET /api/imports/{id}); its own instance counts them in memory.
MATCH (i:Import {id: $id})
WHERE i.status = 'en_cours'
SET i.rowsDone = $done, i.rowsTotal = $total
