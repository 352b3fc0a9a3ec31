// The territory the person of each referral of $ids lives in in the database, to tell whether
// a pilot's bundle may change it (imports.ScopeCheck). Ids absent from the database are absent.
UNWIND $ids AS id
MATCH (n:Referral {id: id})
RETURN id, [(n)-[:ABOUT]->(:Person)-[:LIVES_IN]->(t:Territory) | t.id] AS territories
