// Writes a batch of structures.csv rows. $rows: [{id, props, territory_ids, porteur_id,
// absorbed_into}], props
// holding every column of the file other than references (a null removes the property);
// $replaced: the relationship types whose column the file has, replaced on update.
// The porteur, or the structure that absorbed it, may come later in the same bundle: MERGE makes
// its node, which its own row fills.
// A node it creates stays ImportPending under $importId until the import is published.
// Every node it creates carries $importSeq, its import's number: readers see it only once that
// import is published (db.Publication). Rows of nodes that existed come here at publication.
UNWIND $rows AS row
MERGE (n:Structure {id: row.id})
  ON CREATE SET n:ImportPending, n.pendingImport = $importId, n.importSeq = $importSeq
SET n += row.props
WITH n, row
CALL (n) {
  MATCH (n)-[old]->()
  WHERE type(old) IN $replaced
  DELETE old
}
CALL (n, row) {
  UNWIND row.territory_ids AS territoryId
  MATCH (t:Territory {id: territoryId})
  CREATE (n)-[:COVERS]->(t)
}
CALL (n, row) {
  UNWIND row.porteur_id AS porteurId
  MERGE (porteur:Structure {id: porteurId})
    ON CREATE SET porteur:ImportPending, porteur.pendingImport = $importId, porteur.importSeq = $importSeq
  CREATE (n)-[:CARRIED_BY]->(porteur)
}
CALL (n, row) {
  UNWIND row.absorbed_into AS absorberId
  MERGE (absorber:Structure {id: absorberId})
    ON CREATE SET absorber:ImportPending, absorber.pendingImport = $importId, absorber.importSeq = $importSeq
  CREATE (n)-[:ABSORBED_INTO]->(absorber)
}
