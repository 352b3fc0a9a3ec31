// Writes a batch of persons.csv rows. $rows: [{id, props, territory_id}], props holding every
// column of the file other than references (a null removes the property); $replaced: the
// relationship types whose column the file has, replaced on update.
UNWIND $rows AS row
MERGE (n:Person {id: row.id})
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
  CREATE (n)-[:LIVES_IN]->(t)
}
