// What the coordination actors of a territory did for its persons over [$from, $to]
// (/coordinators): one row per engagement of an actor ($structureIds, $professionalIds) with a
// person of T (living in one of $territoryIds), dated `at`:
// - an involvement active on some day of the window, by the structure (BY) and the professional
//   (BY_PROFESSIONAL), dated by its start; `held` when its kind is `referent` or `gestion_de_cas`
//   and it lasted at least $heldDays days by the window's end (start to its end, or to $to when it
//   ends later or not at all);
// - a referral dated in the window, by its receiver (TO, TO_PROFESSIONAL) and its sender (FROM,
//   else the structure FROM_PROFESSIONAL works at, the smallest id; and FROM_PROFESSIONAL itself),
//   dated by its date; never `held`.
// `frontier`: the engagement came at the hospital transition, i.e. in the $frontierDays days
// before its date (inclusive) the person had a hospital event: a referral about them sent to or
// by a structure of a type in $hospital (or by one of its professionals), or an involvement by
// such a structure active on one of those days (a stay).
MATCH (home:Territory)<-[:LIVES_IN]-(p:Person)
WHERE home.id IN $territoryIds AND coalesce(home.importSeq, 0) <= $published AND coalesce(p.importSeq, 0) <= $published
CALL (p) {
  MATCH (p)<-[:OF]-(i:Involvement)-[:BY]->(s:Structure)
  WHERE i.start <= $to AND (i.end IS NULL OR i.end >= $from)
    AND coalesce(i.importSeq, 0) <= $published AND coalesce(s.importSeq, 0) <= $published
  OPTIONAL MATCH (i)-[:BY_PROFESSIONAL]->(pro:Professional)
  WHERE coalesce(pro.importSeq, 0) <= $published
  RETURN i.start AS at, [s.id] AS structures, [x IN [pro.id] WHERE x IS NOT NULL] AS professionals,
         i.kind IN ['referent', 'gestion_de_cas']
           AND duration.inDays(i.start, CASE WHEN i.end IS NULL OR i.end > $to THEN $to ELSE i.end END).days >= $heldDays
           AS held
  UNION ALL
  MATCH (p)<-[:ABOUT]-(r:Referral)-[:TO]->(receiver:Structure)
  WHERE r.date >= $from AND r.date <= $to
    AND coalesce(r.importSeq, 0) <= $published AND coalesce(receiver.importSeq, 0) <= $published
  WITH r, receiver,
       coalesce(head(COLLECT { MATCH (r)-[:FROM]->(f:Structure) RETURN f }),
                head(COLLECT { MATCH (r)-[:FROM_PROFESSIONAL]->(:Professional)-[:WORKS_AT]->(w:Structure)
                               RETURN w ORDER BY w.id })) AS sender
  RETURN r.date AS at, [x IN [receiver.id, sender.id] WHERE x IS NOT NULL] AS structures,
         COLLECT { MATCH (r)-[:FROM_PROFESSIONAL|TO_PROFESSIONAL]->(pro:Professional)
                   WHERE coalesce(pro.importSeq, 0) <= $published RETURN pro.id } AS professionals,
         false AS held
}
WITH p, at, held, [x IN structures WHERE x IN $structureIds] AS actorStructures,
     [x IN professionals WHERE x IN $professionalIds] AS actorProfessionals
WHERE size(actorStructures) + size(actorProfessionals) > 0
RETURN p.id AS personId, actorStructures AS structures, actorProfessionals AS professionals, held,
       EXISTS {
         MATCH (p)<-[:ABOUT]-(h:Referral)
         WHERE h.date >= at - duration({days: $frontierDays}) AND h.date <= at
           AND coalesce(h.importSeq, 0) <= $published
           AND (EXISTS {
                  MATCH (h)-[:TO|FROM]->(x:Structure)
                  WHERE x.type IN $hospital AND coalesce(x.importSeq, 0) <= $published
                }
                OR EXISTS {
                  MATCH (h)-[:FROM_PROFESSIONAL]->(:Professional)-[:WORKS_AT]->(x:Structure)
                  WHERE x.type IN $hospital AND coalesce(x.importSeq, 0) <= $published
                })
       }
       OR EXISTS {
         MATCH (p)<-[:OF]-(stay:Involvement)-[:BY]->(x:Structure)
         WHERE x.type IN $hospital AND coalesce(x.importSeq, 0) <= $published
           AND coalesce(stay.importSeq, 0) <= $published
           AND stay.start <= at AND (stay.end IS NULL OR stay.end >= at - duration({days: $frontierDays}))
       } AS frontier
