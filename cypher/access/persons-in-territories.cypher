// The ids of the persons living in any of $territoryIds ($all: every person, whatever the territory).
MATCH (p:Person)
WHERE coalesce(p.importSeq, 0) <= $published
  AND ($all OR EXISTS { (p)-[:LIVES_IN]->(t:Territory) WHERE t.id IN $territoryIds })
RETURN p.id AS personId
