// Caseloads (files actives) on $to of the case managers of a territory: professionals with
// role gestionnaire_de_cas working at a structure of its ecology ($ecology) and in post on $to
// (since/until), each with the number of its gestion_de_cas involvements active on $to
// (start <= $to and no end or end >= $to), whatever territory the persons live in.
MATCH (p:Professional {role: 'gestionnaire_de_cas'})-[:WORKS_AT]->(s:Structure)
WHERE s.id IN $ecology AND coalesce(p.importSeq, 0) <= $published
  AND (p.since IS NULL OR p.since <= $to)
  AND (p.until IS NULL OR p.until >= $to)
OPTIONAL MATCH (i:Involvement {kind: 'gestion_de_cas'})-[:BY_PROFESSIONAL]->(p)
WHERE i.start <= $to AND (i.end IS NULL OR i.end >= $to) AND coalesce(i.importSeq, 0) <= $published
RETURN p.id AS professionalId, count(DISTINCT i) AS caseload
