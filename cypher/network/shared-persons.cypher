// The persons shared by two structures in [$from, $to] (contract, "Graph semantics"): both
// had an involvement with the same person and the two involvements were active together on
// at least one day of the window.
//
// Starts from the structures $starts (by their id index) and walks to their own involvements,
// so the cost follows the territory. When $within is a list, only partners in it are kept.
// A pair of two start structures comes back from its smaller id only, so each pair is one row.
// Each person's involvements are walked once, whatever the number of start structures that
// followed them (`own`): a person's OF relationships also lead to their assessments, so
// walking them once per start involvement cost 3.1M db hits on the benchmark territory, 1.8M
// this way.
//
// One row per pair, grouped here rather than in Java: the number of distinct persons; with
// $detail, also each person with the first day of the overlap inside the window (the date of
// the exchange, for dynamic exports).
UNWIND $starts AS startId
MATCH (s:Structure {id: startId})<-[:BY]-(i:Involvement)
WHERE i.start <= $to AND (i.end IS NULL OR i.end >= $from)
MATCH (i)-[:OF]->(p:Person)
WITH p, collect({structure: s, start: i.start, end: i.end}) AS own
MATCH (p)<-[:OF]-(j:Involvement)-[:BY]->(other:Structure)
WHERE j.start <= $to AND (j.end IS NULL OR j.end >= $from)
  AND ($within IS NULL OR other.id IN $within)
UNWIND own AS i
WITH i.structure AS s, other, p, i, j
WHERE other <> s AND (s.id < other.id OR NOT other.id IN $starts)
WITH s, other, p,
     reduce(latest = $from, d IN [i.start, j.start] | CASE WHEN d > latest THEN d ELSE latest END) AS overlapStart,
     reduce(earliest = $to, d IN [i.end, j.end] | CASE WHEN d IS NOT NULL AND d < earliest THEN d ELSE earliest END) AS overlapEnd
WHERE overlapStart <= overlapEnd
WITH s, other, p, min(overlapStart) AS firstDay
RETURN s.id AS a, other.id AS b, count(p) AS persons,
       collect(CASE WHEN $detail THEN {person: p.id, firstDay: firstDay} END) AS detail
