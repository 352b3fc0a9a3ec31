// The follow-up facts of the orphans analysis for each person of $personIds on $asOf, per the
// contract ("Analyses", orphan situations; window [$windowStart, $asOf]):
// - active: involvements active on $asOf (start <= D and end empty or >= D);
// - inEhpad: one of them is with an `ehpad` structure (the person does not live at home);
// - caseManaged: one of them is a `gestion_de_cas`;
// - pingPong: two or more referrals dated in the window whose status on D is refusee or
//   reorientee, and no referral dated on or after the first of them whose status on D is acceptee;
// - unanswered: a referral dated in the window and before $noResponseBefore (D - 30 days, that
//   day excluded) whose status on D is en_attente or sans_reponse.
// Status of a referral on D: sans_reponse stays sans_reponse; otherwise its status when
// response_date is set and <= D, else en_attente. Referrals dated after D do not exist yet.
UNWIND $personIds AS personId
MATCH (p:Person {id: personId})
WHERE coalesce(p.importSeq, 0) <= $published
CALL (p) {
  OPTIONAL MATCH (i:Involvement)-[:OF]->(p)
  WHERE i.start <= $asOf AND (i.end IS NULL OR i.end >= $asOf) AND coalesce(i.importSeq, 0) <= $published
  OPTIONAL MATCH (i)-[:BY]->(s:Structure)
  RETURN count(DISTINCT i) AS active,
         count(CASE WHEN s.type = 'ehpad' THEN 1 END) > 0 AS inEhpad,
         count(CASE WHEN i.kind = 'gestion_de_cas' THEN 1 END) > 0 AS caseManaged
}
CALL (p) {
  OPTIONAL MATCH (r:Referral)-[:ABOUT]->(p)
  WHERE r.date <= $asOf AND coalesce(r.importSeq, 0) <= $published
  WITH r ORDER BY r.date
  WITH collect({
         date: r.date,
         status: CASE
           WHEN r.status = 'sans_reponse' THEN 'sans_reponse'
           WHEN r.responseDate IS NOT NULL AND r.responseDate <= $asOf THEN r.status
           ELSE 'en_attente' END
       }) AS rows
  WITH [x IN rows WHERE x.date IS NOT NULL] AS referrals
  WITH referrals,
       [x IN referrals WHERE x.date >= $windowStart AND x.status IN ['refusee', 'reorientee'] | x.date] AS bounced
  RETURN size(bounced) >= 2
         AND NOT any(x IN referrals WHERE x.date >= bounced[0] AND x.status = 'acceptee') AS pingPong,
         any(x IN referrals WHERE x.date >= $windowStart AND x.date < $noResponseBefore
             AND x.status IN ['en_attente', 'sans_reponse']) AS unanswered
}
RETURN p.id AS personId, active, inEhpad, caseManaged, pingPong, unanswered
