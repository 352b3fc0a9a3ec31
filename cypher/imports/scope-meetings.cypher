// The territory each meeting of $ids is held for in the database, to tell whether a pilot's
// bundle may change it (imports.ScopeCheck). Ids absent from the database are absent.
UNWIND $ids AS id
MATCH (n:Meeting {id: id})
RETURN id, [(n)-[:HELD_IN]->(t:Territory) | t.id] AS territories
