// For each territory in $territoryIds, the structures serving it (covering it or an ancestor).
// Used where each person must be matched against the offer of the territory they live in.
UNWIND $territoryIds AS territoryId
MATCH (t:Territory {id: territoryId})
OPTIONAL MATCH (t)-[:PART_OF*0..]->(:Territory)<-[:COVERS]-(s:Structure)
RETURN territoryId, collect(DISTINCT s.id) AS serving
