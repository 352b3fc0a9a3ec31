// Meetings of a territory over [$from, $to] (contract v1.2, /tables): those held for T or one of
// its descendants ($territoryIds), dated in the window, each with the structures that attended.
// Ordered by date, then id.
MATCH (t:Territory)<-[:HELD_IN]-(m:Meeting)
WHERE t.id IN $territoryIds AND coalesce(t.importSeq, 0) <= $published AND coalesce(m.importSeq, 0) <= $published
  AND m.date >= $from AND m.date <= $to
RETURN m.id AS id, m.date AS date, m.`table` AS meetingTable,
       [(m)-[:ATTENDED]->(s:Structure) WHERE coalesce(s.importSeq, 0) <= $published | s.id] AS structureIds
ORDER BY date, id
