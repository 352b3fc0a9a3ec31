// Before a batch of meetings.csv is written, in its transaction: saves each existing Meeting it
// will update (undo journal), see journal-restore.cypher. $ids: the batch's ids.
UNWIND $ids AS id
MATCH (n:Meeting {id: id})
WHERE n.pendingImport IS NULL
CREATE (u:ImportUndo)
SET u = properties(n), u.undoImport = $importId, u.undoNode = elementId(n)
WITH n, u
OPTIONAL MATCH (n)-[r]->(target)
WITH u, collect(type(r)) AS types, collect(elementId(target)) AS targets
SET u.undoTypes = types, u.undoTargets = targets
