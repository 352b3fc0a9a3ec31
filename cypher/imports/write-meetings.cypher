// Writes a batch of meetings.csv rows. $rows: [{id, props, territory_id, structure_ids,
// person_id}], props holding every column of the file other than references (a null removes the
// property); $replaced: the relationship types whose column the file has, replaced on update.
// $fresh: no Meeting existed before this bundle, so every row is new and is CREATEd (faster
// than MERGE, and nothing to replace).
// A node it MERGEs into being stays ImportPending under $importId until the import is published;
// fresh rows need no mark: a rollback deletes every node of a label that was empty before.
// Every node it creates carries $importSeq, its import's number: readers see it only once that
// import is published (db.Publication). Rows of nodes that existed come here at publication.
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE $fresh
  CREATE (n:Meeting {id: row.id, importSeq: $importSeq})
  RETURN n
  UNION ALL
  WITH row WHERE NOT $fresh
  MERGE (n:Meeting {id: row.id})
    ON CREATE SET n:ImportPending, n.pendingImport = $importId, n.importSeq = $importSeq
  RETURN n
}
SET n += row.props
WITH n, row
CALL (n) {
  MATCH (n)-[old]->()
  WHERE type(old) IN $replaced
  DELETE old
}
CALL (n, row) {
  UNWIND row.territory_id AS territoryId
  MATCH (t:Territory {id: territoryId})
  CREATE (n)-[:HELD_IN]->(t)
}
CALL (n, row) {
  UNWIND row.structure_ids AS structureId
  MATCH (s:Structure {id: structureId})
  CREATE (n)-[:ATTENDED]->(s)
}
CALL (n, row) {
  UNWIND row.person_id AS personId
  MATCH (p:Person {id: personId})
  CREATE (n)-[:ABOUT]->(p)
}
