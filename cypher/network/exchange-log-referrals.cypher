// The referrals in the exchange logs of the structures $ids (contract, "Graph semantics"): every
// referral a structure sent to, or received from, another structure, with its date, recorded status
// and response date. The *sender* of a referral is its FROM structure, else the structure its
// FROM_PROFESSIONAL works at; a referral with no sender, or whose sender is its receiver, is no
// exchange between structures and is left out.
//
// All dates: a log is kept in the database, valid for any window.
// Starts from each structure (by its id index) and walks to its own referrals, so the cost
// follows the structures asked for, never the country.
UNWIND $ids AS structureId
MATCH (s:Structure {id: structureId})
WHERE coalesce(s.importSeq, 0) <= $published
CALL (s) {
  MATCH (s)<-[:TO]-(r:Referral)
  WHERE coalesce(r.importSeq, 0) <= $published
  RETURN r
  UNION
  MATCH (s)<-[:FROM]-(r:Referral)
  WHERE coalesce(r.importSeq, 0) <= $published
  RETURN r
  UNION
  MATCH (s)<-[:WORKS_AT]-(:Professional)<-[:FROM_PROFESSIONAL]-(r:Referral)
  WHERE NOT (r)-[:FROM]->(:Structure)
    AND coalesce(r.importSeq, 0) <= $published
  RETURN r
}
MATCH (r)-[:TO]->(receiver:Structure)
WITH s, r, receiver,
     coalesce(head(COLLECT { MATCH (r)-[:FROM]->(f:Structure) RETURN f }),
              head(COLLECT { MATCH (r)-[:FROM_PROFESSIONAL]->(:Professional)-[:WORKS_AT]->(w:Structure)
                             RETURN w ORDER BY w.id })) AS sender
WHERE sender IS NOT NULL AND sender <> receiver AND (sender = s OR receiver = s)
RETURN s.id AS structure, CASE WHEN sender = s THEN receiver.id ELSE sender.id END AS peer,
       sender = s AS sent, r.date AS date, r.status AS status, r.responseDate AS responseDate
