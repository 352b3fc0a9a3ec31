// Before a batch of fundings.csv is written, in its transaction: saves each existing Funding it
// will update (undo journal), see journal-restore.cypher. $ids: the batch's keys.
UNWIND $ids AS id
MATCH (n:Funding {key: id})
WHERE n.pendingImport IS NULL
CREATE (u:ImportUndo)
SET u = properties(n), u.undoImport = $importId, u.undoNode = elementId(n)
WITH n, u
OPTIONAL MATCH (n)-[r]->(target)
WITH u, collect(type(r)) AS types, collect(elementId(target)) AS targets
SET u.undoTypes = types, u.undoTargets = targets
