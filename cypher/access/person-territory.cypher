// The territory a person ($personId) lives in, or no row for an unknown person.
MATCH (p:Person {id: $personId})
OPTIONAL MATCH (p)-[:LIVES_IN]->(t:Territory)
RETURN t.id AS territoryId
