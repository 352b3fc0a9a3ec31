// The territory a person ($personId) lives in, or no row for an unknown person.
MATCH (p:Person {id: $personId})
WHERE coalesce(p.importSeq, 0) <= $published
OPTIONAL MATCH (p)-[:LIVES_IN]->(t:Territory)
RETURN t.id AS territoryId
