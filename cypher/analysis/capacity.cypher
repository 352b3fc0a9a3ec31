// Capacity against demand on $asOf for the structures of $structureIds (T's ecology) that have a
// capacity and are open on $asOf (opened empty or <= $asOf, closed empty or >= $asOf):
// - followed: distinct persons with an involvement by the structure active on $asOf
//   (start <= $asOf and end empty or >= $asOf), wherever they live: capacity is the
//   structure's whole file active;
// - waiting: referrals to it dated on or before $asOf whose status on $asOf is en_attente (the
//   contract's "status of a referral on D": no response_date on or before $asOf, and not
//   sans_reponse);
// - refused: referrals to it whose status on $asOf is refusee with a response_date in
//   [$refusalsFrom, $asOf] (refusals made in the window before $asOf).
UNWIND $structureIds AS structureId
MATCH (s:Structure {id: structureId})
WHERE coalesce(s.importSeq, 0) <= $published AND s.capacity IS NOT NULL
  AND (s.opened IS NULL OR s.opened <= $asOf) AND (s.closed IS NULL OR s.closed >= $asOf)
CALL (s) {
  OPTIONAL MATCH (s)<-[:BY]-(i:Involvement)-[:OF]->(p:Person)
  WHERE i.start <= $asOf AND (i.end IS NULL OR i.end >= $asOf)
    AND coalesce(i.importSeq, 0) <= $published AND coalesce(p.importSeq, 0) <= $published
  RETURN count(DISTINCT p) AS followed
}
CALL (s) {
  OPTIONAL MATCH (s)<-[:TO]-(r:Referral)
  WHERE r.date <= $asOf AND coalesce(r.importSeq, 0) <= $published
  WITH r, r.responseDate IS NOT NULL AND r.responseDate <= $asOf AS answered
  RETURN count(CASE WHEN r IS NOT NULL AND NOT answered AND r.status <> 'sans_reponse' THEN 1 END) AS waiting,
         count(CASE WHEN answered AND r.status = 'refusee' AND r.responseDate >= $refusalsFrom THEN 1 END) AS refused
}
RETURN s.id AS structureId, s.name AS name, s.type AS type, s.capacity AS capacity,
       followed, waiting, refused
ORDER BY structureId
