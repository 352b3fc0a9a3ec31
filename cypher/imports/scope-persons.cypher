// The territory each person of $ids lives in in the database, to tell whether a pilot's bundle
// may reference or change them (imports.ScopeCheck). Ids absent from the database are absent.
UNWIND $ids AS id
MATCH (n:Person {id: id})
RETURN id, [(n)-[:LIVES_IN]->(t:Territory) | t.id] AS territories
