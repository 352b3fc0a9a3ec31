// The shared persons in the exchange logs of the structures $ids (contract, "Graph semantics"):
// two structures share a person on the days both had an involvement with that person active
// (start <= day, and no end or end >= day). One row per pair of such involvements that overlap:
// the structure, the other structure, the person and the span of their overlap, `until` null
// while both are still open. The méta-réseau of a window counts a pair's distinct persons whose
// span meets the window.
//
// All spans: a log is kept in the database, valid for any window. Starts from each structure and walks to its own involvements; each
// person's involvements are walked once whatever the number of structures asked for that
// followed them (a person's OF relationships also lead to their assessments).
UNWIND $ids AS structureId
MATCH (s:Structure {id: structureId})<-[:BY]-(i:Involvement)
WHERE coalesce(s.importSeq, 0) <= $published AND coalesce(i.importSeq, 0) <= $published
MATCH (i)-[:OF]->(p:Person)
WITH p, collect({structure: s, start: i.start, end: i.end}) AS own
MATCH (p)<-[:OF]-(j:Involvement)-[:BY]->(other:Structure)
WHERE coalesce(j.importSeq, 0) <= $published
UNWIND own AS i
WITH i.structure AS s, other, p,
     CASE WHEN i.start > j.start THEN i.start ELSE j.start END AS since,
     CASE WHEN i.end IS NULL THEN j.end WHEN j.end IS NULL OR i.end < j.end THEN i.end ELSE j.end END AS until
WHERE other <> s AND (until IS NULL OR since <= until)
RETURN s.id AS structure, other.id AS peer, p.id AS person, since, until
