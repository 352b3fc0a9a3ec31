// Writes a batch of fundings.csv rows. $rows: [{id, props, structure_id}], id being the key
// "structure|year|funder|purpose" (an empty purpose as ""), props every other column (a null
// removes the property). The key names the structure, so FUNDS never changes on update: a row
// sent again with another amount_eur updates the amount.
// $fresh: no Funding existed before this bundle, so every row is new and is CREATEd (faster
// than MERGE, and nothing to replace).
// A node it MERGEs into being stays ImportPending under $importId until the import is published;
// fresh rows need no mark: a rollback deletes every node of a label that was empty before.
// Every node it creates carries $importSeq, its import's number: readers see it only once that
// import is published (db.Publication). Rows of nodes that existed come here at publication.
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE $fresh
  CREATE (n:Funding {key: row.id, importSeq: $importSeq})
  RETURN n
  UNION ALL
  WITH row WHERE NOT $fresh
  MERGE (n:Funding {key: row.id})
    ON CREATE SET n:ImportPending, n.pendingImport = $importId, n.importSeq = $importSeq
  RETURN n
}
SET n += row.props
WITH n, row
CALL (n, row) {
  MATCH (s:Structure {id: row.structure_id})
  MERGE (n)-[:FUNDS]->(s)
}
