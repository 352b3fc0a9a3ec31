// Every territory with its parent, for GET /api/territories.
MATCH (t:Territory)
WHERE coalesce(t.importSeq, 0) <= $published
OPTIONAL MATCH (t)-[:PART_OF]->(parent:Territory)
RETURN t.id AS id, t.name AS name, t.kind AS kind, parent.id AS parentId,
       t.population AS population, t.population75Plus AS population75Plus, t.inseeCode AS inseeCode
ORDER BY t.id
