// The referrals the guichet intégré of a territory received over [$from, $to] (contract v1.2,
// /guichet): referrals dated in the window, about a person of T (living in one of $territoryIds,
// as v1.3 counts a territory's referrals), received by a structure of T's ecology ($ecology).
// Each with its final status (the stored one), its response delay in days when it has a
// response_date, and:
// - outsideRemit: it has at least one reason and none of them is in the receiver's domains
//   (a receiver whose domains are unknown judges nothing: an unknown value never excludes);
// - late: the person had no involvement active on the referral's date and an involvement ended
//   with `rupture` in the 30 days before it ([date - 30 days, date]).
MATCH (home:Territory)<-[:LIVES_IN]-(p:Person)
WHERE home.id IN $territoryIds AND coalesce(home.importSeq, 0) <= $published AND coalesce(p.importSeq, 0) <= $published
MATCH (p)<-[:ABOUT]-(r:Referral)-[:TO]->(s:Structure)
WHERE r.date >= $from AND r.date <= $to AND coalesce(r.importSeq, 0) <= $published
  AND s.id IN $ecology AND coalesce(s.importSeq, 0) <= $published
RETURN s.id AS structureId,
       r.status AS status,
       CASE WHEN r.responseDate IS NOT NULL THEN duration.inDays(r.date, r.responseDate).days END AS delayDays,
       size(coalesce(r.reasons, [])) > 0 AND size(coalesce(s.domains, [])) > 0
         AND none(reason IN r.reasons WHERE reason IN s.domains) AS outsideRemit,
       NOT EXISTS {
         MATCH (i:Involvement)-[:OF]->(p)
         WHERE i.start <= r.date AND (i.end IS NULL OR i.end >= r.date) AND coalesce(i.importSeq, 0) <= $published
       }
       AND EXISTS {
         MATCH (i:Involvement)-[:OF]->(p)
         WHERE i.endReason = 'rupture' AND i.end >= r.date - duration({days: 30}) AND i.end <= r.date
           AND coalesce(i.importSeq, 0) <= $published
       } AS late
