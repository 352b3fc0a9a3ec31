// The shared persons in the exchange logs of the territories $ids (contract v1.3, "Graph
// semantics"): two structures share a person who lives in one of them on the days both had an
// involvement with that person active (start <= day, and no end or end >= day). One row per pair
// of such involvements that overlap: the two structures (a < b), the person and the span of
// their overlap, `until` null while both are still open. The méta-réseau of a window counts a
// pair's distinct persons whose span meets the window.
//
// All spans: a log is kept in the database, valid for any window. Starts from each territory and
// walks to its residents' involvements; a person followed by one structure only is no exchange.
UNWIND $ids AS territoryId
MATCH (t:Territory {id: territoryId})<-[:LIVES_IN]-(p:Person)<-[:OF]-(i:Involvement)-[:BY]->(s:Structure)
WHERE coalesce(t.importSeq, 0) <= $published AND coalesce(p.importSeq, 0) <= $published
  AND coalesce(i.importSeq, 0) <= $published
WITH territoryId, p, collect({structure: s.id, start: i.start, end: i.end}) AS involvements
WHERE size(involvements) > 1
UNWIND involvements AS i
UNWIND involvements AS j
WITH territoryId, p, i, j,
     CASE WHEN i.start > j.start THEN i.start ELSE j.start END AS since,
     CASE WHEN i.end IS NULL THEN j.end WHEN j.end IS NULL OR i.end < j.end THEN i.end ELSE j.end END AS until
WHERE i.structure < j.structure AND (until IS NULL OR since <= until)
RETURN territoryId AS territory, i.structure AS a, j.structure AS b, p.id AS person, since, until
