// Deletes a batch of the undo journal of a published import: there is nothing left to undo.
MATCH (u:ImportUndo {undoImport: $importId})
WITH u LIMIT $limit
DELETE u
RETURN count(*) AS done
