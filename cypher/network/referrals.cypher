// The referrals of the méta-réseau (contract, "Graph semantics"): referrals dated in
// [$from, $to] from their *sender* to their receiver, where the sender is the FROM structure,
// else the structure the FROM_PROFESSIONAL works at; a referral with no sender, or whose
// sender is its receiver, is no exchange between structures and is left out.
//
// Starts from the structures $starts (by their id index) and walks to their own referrals,
// so the cost follows the territory, never the country's referrals. When $within is a list,
// only referrals whose other end is in it are kept (the second pass, between the structures
// outside the ecology). A referral touching two start structures counts once.
//
// One row per arc (sender, receiver), grouped here rather than in Java: the number of
// referrals and the months of their dates (year x 100 + month), which is all key partners
// need; with $detail, also each referral's date and statuses (the page and the exports).
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
RETURN sender.id AS sender, receiver.id AS receiver, count(r) AS referrals,
       collect(DISTINCT r.date.year * 100 + r.date.month) AS months,
       collect(CASE WHEN $detail THEN {date: r.date, status: r.status, responseDate: r.responseDate} END)
         AS detail
