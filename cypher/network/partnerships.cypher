// Declared partnerships (perceived ties) between two of the structures $ids, in force on at
// least one day of [$from, $to] (an unknown since or until does not exclude). Kept apart from
// the observed exchanges, never merged into them.
UNWIND $ids AS structureId
MATCH (a:Structure {id: structureId})<-[:BETWEEN]-(p:Partnership)-[:BETWEEN]->(b:Structure)
WHERE a.id < b.id AND b.id IN $ids AND coalesce(a.importSeq, 0) <= $published AND coalesce(p.importSeq, 0) <= $published
  AND (p.since IS NULL OR p.since <= $to) AND (p.until IS NULL OR p.until >= $from)
RETURN a.id AS source, b.id AS target, p.kind AS kind, p.since AS since, p.until AS until,
       p.strength AS strength
ORDER BY source, target, kind
