// Every field of the structures $ids, nodes of a méta-réseau, with the territories they cover
// and their porteur.
UNWIND $ids AS structureId
MATCH (s:Structure {id: structureId})
WHERE coalesce(s.importSeq, 0) <= $published
RETURN s.id AS id, s.name AS name, s.type AS type, s.sector AS sector, s.domains AS domains,
       s.complexity AS complexity, s.stages AS stages, s.approach AS approach,
       s.coordination AS coordination, s.minAge AS minAge, s.requiresApa AS requiresApa,
       s.capacity AS capacity, s.opened AS opened, s.closed AS closed,
       COLLECT { MATCH (s)-[:COVERS]->(t:Territory) RETURN t.id ORDER BY t.id } AS territoryIds,
       head(COLLECT { MATCH (s)-[:CARRIED_BY]->(porteur:Structure) RETURN porteur.id }) AS porteurId
