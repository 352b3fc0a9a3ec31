// Which rows of a batch of fundings.csv update a node that existed before the import: readers must not
// see them change, so they are staged (stage-rows.cypher) and written at publication, unless they
// change nothing: with each, the node's properties and outgoing relationships. $ids: the batch's ids.
UNWIND $ids AS id
MATCH (n:Funding {key: id})
WHERE n.pendingImport IS NULL
RETURN id, properties(n) AS props, [(n)-[r]->(target) | {type: type(r), target: coalesce(target.id, target.key)}] AS links
