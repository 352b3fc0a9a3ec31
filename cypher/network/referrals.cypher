// The referrals of the méta-réseau (contract, "Graph semantics"): referrals dated in
// [$from, $to] from their *sender* to their receiver, where the sender is the FROM structure,
// else the structure the FROM_PROFESSIONAL works at; a referral with no sender, or whose
// sender is its receiver, is no exchange between structures and is left out.
//
// Starts from the structures $starts (by their id index) and walks to their own referrals,
// so the cost follows the territory, never the country's referrals. When $within is a list,
// only referrals whose other end is in it are kept (the second pass, between the structures
// outside the ecology). A referral touching two start structures comes back once.
UNWIND $starts AS startId
MATCH (s:Structure {id: startId})
CALL (s) {
  MATCH (s)<-[:TO]-(r:Referral)
  WHERE $from <= r.date <= $to
  RETURN r
  UNION
  MATCH (s)<-[:FROM]-(r:Referral)
  WHERE $from <= r.date <= $to
  RETURN r
  UNION
  MATCH (s)<-[:WORKS_AT]-(:Professional)<-[:FROM_PROFESSIONAL]-(r:Referral)
  WHERE $from <= r.date <= $to AND NOT (r)-[:FROM]->(:Structure)
  RETURN r
}
WITH DISTINCT r
MATCH (r)-[:TO]->(receiver:Structure)
WITH r, receiver,
     coalesce(head(COLLECT { MATCH (r)-[:FROM]->(f:Structure) RETURN f }),
              head(COLLECT { MATCH (r)-[:FROM_PROFESSIONAL]->(:Professional)-[:WORKS_AT]->(w:Structure)
                             RETURN w ORDER BY w.id })) AS sender
WHERE sender IS NOT NULL AND sender <> receiver
  AND ($within IS NULL OR (sender.id IN $within AND receiver.id IN $within))
RETURN sender.id AS sender, receiver.id AS receiver, r.date AS date, r.status AS status,
       r.responseDate AS responseDate
