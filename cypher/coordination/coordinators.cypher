// The coordination actors of a territory over [$from, $to] (/coordinators). The coordination
// structures: those of T's ecology ($ecology) whose `coordination` is `mission` or `activite`, or
// whose type is one of the coordination bodies ($bodies). The coordination professionals, working
// at a structure of the ecology during the window (since/until, unknown bounds passing): every
// professional of a structure with the mission (`mission`, or one of the bodies), and elsewhere
// those whose role is a coordination role ($roles). A structure that does not coordinate comes
// back (`coordinating` false) only when it employs such a professional.
MATCH (s:Structure)
WHERE s.id IN $ecology AND coalesce(s.importSeq, 0) <= $published
WITH s, coalesce(s.coordination, '') AS mode
WITH s, mode = 'mission' OR s.type IN $bodies AS mission, mode
WITH s, mission, mission OR mode = 'activite' AS coordinating,
     [(s)<-[:WORKS_AT]-(pro:Professional)
       WHERE coalesce(pro.importSeq, 0) <= $published
         AND (pro.since IS NULL OR pro.since <= $to) AND (pro.until IS NULL OR pro.until >= $from)
         AND (mission OR pro.role IN $roles)
       | {id: pro.id, role: pro.role}] AS professionals
WHERE coordinating OR size(professionals) > 0
RETURN s.id AS structureId, s.name AS name, s.type AS type, s.coordination AS coordination, coordinating,
       professionals
ORDER BY structureId
