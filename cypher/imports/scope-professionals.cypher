// The territories the structure of each professional of $ids covers in the database, to tell
// whether a pilot's bundle may change them (imports.ScopeCheck). Ids absent from the database are absent.
UNWIND $ids AS id
MATCH (n:Professional {id: id})
RETURN id, [(n)-[:WORKS_AT]->(:Structure)-[:COVERS]->(t:Territory) | t.id] AS territories
