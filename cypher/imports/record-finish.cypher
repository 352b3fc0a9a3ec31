// Closes the record of an import attempt. $fields: status, rowsDone, rowsTotal, counts and
// errors (JSON text), message.
MATCH (i:Import {id: $id})
SET i += $fields, i.finishedAt = datetime()
