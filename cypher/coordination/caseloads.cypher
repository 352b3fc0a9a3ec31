// The case managers of a territory on $asOf (contract v1.2, /caseloads): every professional
// working at a structure of T's ecology ($ecology), whatever their role, with a gestion_de_cas
// involvement active on $asOf (start <= D and no end or end >= D), with the persons of those
// involvements (one per involvement) and the territory each lives in.
MATCH (s:Structure)<-[:WORKS_AT]-(pro:Professional)<-[:BY_PROFESSIONAL]-(i:Involvement {kind: 'gestion_de_cas'})
WHERE s.id IN $ecology AND coalesce(s.importSeq, 0) <= $published AND coalesce(pro.importSeq, 0) <= $published
  AND i.start <= $asOf AND (i.end IS NULL OR i.end >= $asOf) AND coalesce(i.importSeq, 0) <= $published
MATCH (i)-[:OF]->(person:Person)-[:LIVES_IN]->(home:Territory)
WHERE coalesce(person.importSeq, 0) <= $published
RETURN pro.id AS professionalId, s.id AS structureId, pro.originProfession AS originProfession,
       collect({personId: person.id, territoryId: home.id}) AS persons
ORDER BY professionalId
