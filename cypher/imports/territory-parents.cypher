// Every territory of the database with its parent (null for a root): to find cycles a bundle
// would close, and to place a pilot's rows within their scope.
MATCH (t:Territory)
OPTIONAL MATCH (t)-[:PART_OF]->(parent:Territory)
RETURN t.id AS id, parent.id AS parent
