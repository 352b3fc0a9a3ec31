// Referrals of a territory over [$from, $to]: dated in the window, whose sender or receiver
// belongs to its ecology ($ecology). The sender is the FROM structure, else the structure of
// the FROM_PROFESSIONAL. Each comes with its status on $to (the contract's "status of a
// referral on D": its status once answered by D, else still en_attente; sans_reponse stays)
// and, when answered by $to, its response delay in days.
MATCH (s:Structure)
WHERE s.id IN $ecology AND coalesce(s.importSeq, 0) <= $published
CALL (s) {
  MATCH (r:Referral)-[:TO]->(s)
  RETURN r
  UNION
  MATCH (r:Referral)-[:FROM]->(s)
  RETURN r
  UNION
  MATCH (r:Referral)-[:FROM_PROFESSIONAL]->(:Professional)-[:WORKS_AT]->(s)
  WHERE NOT (r)-[:FROM]->(:Structure)
  RETURN r
}
WITH DISTINCT r
WHERE r.date >= $from AND r.date <= $to AND coalesce(r.importSeq, 0) <= $published
WITH r,
     r.responseDate IS NOT NULL AND r.responseDate <= $to AS answered
RETURN CASE
         WHEN answered THEN r.status
         WHEN r.status = 'sans_reponse' THEN 'sans_reponse'
         ELSE 'en_attente'
       END AS status,
       CASE
         WHEN answered AND r.status IN ['acceptee', 'refusee', 'reorientee']
           THEN duration.inDays(r.date, r.responseDate).days
       END AS delayDays
