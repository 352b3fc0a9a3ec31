// The involvements of the persons of T (living in one of $territoryIds) active on some day of
// the window [$from, $to] (start <= to and end empty or >= from), with their structure: what
// the overlaps analysis pairs (evaluations_multiples, referents_multiples, shared persons).
// An evaluation starting in the window is active on its start day, so it is among them.
MATCH (home:Territory)<-[:LIVES_IN]-(p:Person)
WHERE home.id IN $territoryIds
MATCH (i:Involvement)-[:OF]->(p)
WHERE i.start <= $to AND (i.end IS NULL OR i.end >= $from)
MATCH (i)-[:BY]->(s:Structure)
RETURN p.id AS personId, s.id AS structureId, i.kind AS kind, i.start AS start, i.end AS end
ORDER BY personId, start, structureId
