// The scope of territory $territoryId, per the contract's "Graph semantics":
// - ancestors: T and every territory above it (a structure covering one of them serves T);
// - descendants: T and every territory below it (the persons of T live in one of them);
// - serving: structures whose territory_ids hold T or one of T's ancestors;
// - ecology: serving structures plus those whose territory_ids hold one of T's descendants.
MATCH (t:Territory {id: $territoryId})
WHERE coalesce(t.importSeq, 0) <= $published
CALL (t) {
  MATCH (t)-[:PART_OF*0..]->(a:Territory)
  RETURN collect(DISTINCT a.id) AS ancestors
}
CALL (t) {
  MATCH (t)<-[:PART_OF*0..]-(d:Territory)
  WHERE coalesce(d.importSeq, 0) <= $published
  RETURN collect(DISTINCT d.id) AS descendants
}
CALL (t) {
  OPTIONAL MATCH (t)-[:PART_OF*0..]->(:Territory)<-[:COVERS]-(s:Structure)
  WHERE coalesce(s.importSeq, 0) <= $published
  RETURN collect(DISTINCT s.id) AS serving
}
CALL (t) {
  OPTIONAL MATCH (t)<-[:PART_OF*0..]-(:Territory)<-[:COVERS]-(s:Structure)
  WHERE coalesce(s.importSeq, 0) <= $published
  RETURN collect(DISTINCT s.id) AS below
}
RETURN ancestors, descendants, serving, below
