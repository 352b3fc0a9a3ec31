// The territory the person of each involvement of $ids lives in in the database, to tell whether
// a pilot's bundle may change it (imports.ScopeCheck). Ids absent from the database are absent.
UNWIND $ids AS id
MATCH (n:Involvement {id: id})
RETURN id, [(n)-[:OF]->(:Person)-[:LIVES_IN]->(t:Territory) | t.id] AS territories
