// The territories each structure of $ids covers in the database, to tell whether a pilot's
// bundle may reference or change it (imports.ScopeCheck). Ids absent from the database are absent.
UNWIND $ids AS id
MATCH (n:Structure {id: id})
RETURN id, [(n)-[:COVERS]->(t:Territory) | t.id] AS territories
