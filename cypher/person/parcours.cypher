// The parcours of person $personId: the person, and every referral, involvement and
// assessment about them with the structures (name, type, sector) and professionals' roles
// involved. No row when the person is unknown. The sender of a referral is its FROM
// structure, else the structure its FROM_PROFESSIONAL works at.
MATCH (p:Person {id: $personId})
WHERE coalesce(p.importSeq, 0) <= $published
OPTIONAL MATCH (p)-[:LIVES_IN]->(home:Territory)
CALL (p) {
  OPTIONAL MATCH (r:Referral)-[:ABOUT]->(p)
  WHERE coalesce(r.importSeq, 0) <= $published
  OPTIONAL MATCH (r)-[:TO]->(receiver:Structure)
  OPTIONAL MATCH (r)-[:FROM]->(fromStructure:Structure)
  OPTIONAL MATCH (r)-[:FROM_PROFESSIONAL]->(fromProfessional:Professional)
  OPTIONAL MATCH (fromProfessional)-[:WORKS_AT]->(fromProfessionalStructure:Structure)
  OPTIONAL MATCH (r)-[:TO_PROFESSIONAL]->(toProfessional:Professional)
  OPTIONAL MATCH (r)-[:REDIRECTED_TO]->(redirectedTo:Structure)
  WITH r, receiver, coalesce(fromStructure, fromProfessionalStructure) AS sender, fromProfessional,
       toProfessional, redirectedTo
  ORDER BY r.date, r.id
  RETURN collect(CASE WHEN r IS NOT NULL THEN {
           id: r.id, date: r.date, reasons: coalesce(r.reasons, []), status: r.status,
           responseDate: r.responseDate,
           to: receiver {.id, .name, .type, .sector},
           from: sender {.id, .name, .type, .sector},
           fromRole: fromProfessional.role, toRole: toProfessional.role,
           redirectedTo: redirectedTo {.id, .name, .type, .sector}
         } END) AS referrals
}
CALL (p) {
  OPTIONAL MATCH (i:Involvement)-[:OF]->(p)
  WHERE coalesce(i.importSeq, 0) <= $published
  OPTIONAL MATCH (i)-[:BY]->(s:Structure)
  OPTIONAL MATCH (i)-[:BY_PROFESSIONAL]->(professional:Professional)
  WITH i, s, professional ORDER BY i.start, i.id
  RETURN collect(CASE WHEN i IS NOT NULL THEN {
           id: i.id, kind: i.kind, start: i.start, end: i.end, endReason: i.endReason,
           structure: s {.id, .name, .type, .sector}, role: professional.role
         } END) AS involvements
}
CALL (p) {
  OPTIONAL MATCH (a:Assessment)-[:OF]->(p)
  WHERE coalesce(a.importSeq, 0) <= $published
  OPTIONAL MATCH (a)-[:BY]->(s:Structure)
  WITH a, s ORDER BY a.date, a.id
  RETURN collect(CASE WHEN a IS NOT NULL THEN {
           id: a.id, date: a.date, complexity: a.complexity, needs: coalesce(a.needs, []), apa: a.apa,
           structure: s {.id, .name, .type, .sector}
         } END) AS assessments
}
RETURN p.id AS personId, p.birthYear AS birthYear, home.id AS territoryId, home.name AS territoryName,
       p.complexity AS complexity, coalesce(p.needs, []) AS needs, p.apa AS apa,
       p.livesAlone AS livesAlone, p.legalProtection AS legalProtection,
       referrals, involvements, assessments
