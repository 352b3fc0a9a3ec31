// Writes a batch of partnerships.csv rows. $rows: [{id, props, structure_a, structure_b}], id
// being the key "a|b|kind" with a <= b, props every other column (a null removes the
// property). The key names both structures, so BETWEEN never changes on update.
UNWIND $rows AS row
MERGE (n:Partnership {key: row.id})
SET n += row.props
WITH n, row
CALL (n, row) {
  MATCH (a:Structure {id: row.structure_a})
  MATCH (b:Structure {id: row.structure_b})
  MERGE (n)-[:BETWEEN]->(a)
  MERGE (n)-[:BETWEEN]->(b)
}
