// For each territory in $territoryIds, the structures serving it (covering it or an ancestor).
// Used where each person must be matched against the offer of the territory they live in.
UNWIND $territoryIds AS territoryId
MATCH (t:Territory {id: territoryId})
WHERE coalesce(t.importSeq, 0) <= $published
OPTIONAL MATCH (t)-[:PART_OF*0..]->(:Territory)<-[:COVERS]-(s:Structure)
WHERE coalesce(s.importSeq, 0) <= $published
RETURN territoryId, collect(DISTINCT s.id) AS serving
