// Writes a batch of partnerships.csv rows. $rows: [{id, props, structure_a, structure_b}], id
// being the key "a|b|kind" with a <= b, props every other column (a null removes the
// property). The key names both structures, so BETWEEN never changes on update.
// $fresh: no Partnership existed before this bundle, so every row is new and is CREATEd (faster
// than MERGE, and nothing to replace).
// A node it MERGEs into being stays ImportPending under $importId until the import is published;
// fresh rows need no mark: a rollback deletes every node of a label that was empty before.
// Every node it creates carries $importSeq, its import's number: readers see it only once that
// import is published (db.Publication). Rows of nodes that existed come here at publication.
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE $fresh
  CREATE (n:Partnership {key: row.id, importSeq: $importSeq})
  RETURN n
  UNION ALL
  WITH row WHERE NOT $fresh
  MERGE (n:Partnership {key: row.id})
    ON CREATE SET n:ImportPending, n.pendingImport = $importId, n.importSeq = $importSeq
  RETURN n
}
SET n += row.props
WITH n, row
CALL (n, row) {
  MATCH (a:Structure {id: row.structure_a})
  MATCH (b:Structure {id: row.structure_b})
  MERGE (n)-[:BETWEEN]->(a)
  MERGE (n)-[:BETWEEN]->(b)
}
