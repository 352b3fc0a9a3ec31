// Rolls back a batch of the undo journal of a failed or interrupted import, after its created
// nodes are deleted (journal-drop-created.cypher): each saved node gets its properties and its
// outgoing relationships back. Nodes are found again by element id: the import never deletes
// a node that existed before it, so the ids saved in its journal stay valid, across restarts too.
MATCH (u:ImportUndo {undoImport: $importId})
WITH u LIMIT $limit
CALL (u) {
  MATCH (n) WHERE elementId(n) = u.undoNode
  CALL (n) {
    MATCH (n)-[r]->()
    DELETE r
  }
  SET n = properties(u)
  REMOVE n.undoImport, n.undoNode, n.undoTypes, n.undoTargets
  WITH n, u
  UNWIND range(0, size(u.undoTypes) - 1) AS i
  MATCH (target) WHERE elementId(target) = u.undoTargets[i]
  CREATE (n)-[:$(u.undoTypes[i])]->(target)
}
DELETE u
RETURN count(*) AS done
