// Which rows of a batch of involvements.csv update a node that existed before the import: readers must not
// see them change, so they are staged (stage-rows.cypher) and written at publication. $ids: the batch's ids.
UNWIND $ids AS id
MATCH (n:Involvement {id: id})
WHERE n.pendingImport IS NULL
RETURN id
