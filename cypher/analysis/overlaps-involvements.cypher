// The involvements of the persons of T (living in one of $territoryIds) active on some day of
// the window [$from, $to] (start <= to and end empty or >= from), with their structure: what
// the overlaps analysis pairs (evaluations_multiples, referents_multiples, shared persons).
// An evaluation starting in the window is active on its start day, so it is among them.
//
// Starts from T's territories (by their id index) and walks to their persons, then to each
// person's own involvements in a subquery: left to itself, the planner began with the
// Involvement(start) index, i.e. every involvement of the country that started before $to.
UNWIND $territoryIds AS territoryId
MATCH (:Territory {id: territoryId})<-[:LIVES_IN]-(p:Person)
WHERE coalesce(p.importSeq, 0) <= $published
CALL (p) {
  MATCH (p)<-[:OF]-(i:Involvement)-[:BY]->(s:Structure)
  WHERE i.start <= $to AND (i.end IS NULL OR i.end >= $from) AND coalesce(i.importSeq, 0) <= $published
  RETURN i, s
}
RETURN p.id AS personId, s.id AS structureId, i.kind AS kind, i.start AS start, i.end AS end
ORDER BY personId, start, structureId
