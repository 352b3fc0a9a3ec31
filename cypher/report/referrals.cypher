// Referrals of a territory over [$from, $to] (contract v1.3): dated in the window, about its
// persons, who live in one of $territories (the territory and those below it). Each comes with
// its status on $to (the contract's "status of a referral on D": its status once answered by D,
// else still en_attente; sans_reponse stays) and, when answered by $to, its response delay in days.
UNWIND $territories AS territoryId
MATCH (t:Territory {id: territoryId})<-[:LIVES_IN]-(p:Person)<-[:ABOUT]-(r:Referral)
WHERE coalesce(t.importSeq, 0) <= $published AND coalesce(p.importSeq, 0) <= $published
  AND r.date >= $from AND r.date <= $to AND coalesce(r.importSeq, 0) <= $published
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
