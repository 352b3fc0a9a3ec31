// The ids of the persons living in any of $territoryIds ($all: every person, whatever the territory).
MATCH (p:Person)
WHERE $all OR EXISTS { (p)-[:LIVES_IN]->(t:Territory) WHERE t.id IN $territoryIds }
RETURN p.id AS personId
