// The referrals in the exchange logs of the territories $ids (contract v1.3, "Graph semantics"):
// every referral about a person who lives in one of them, from its sender to its receiver, with
// its date, recorded status and response date. The *sender* of a referral is its FROM structure,
// else the structure its FROM_PROFESSIONAL works at (the smallest id if several); a referral with
// no sender, or whose sender is its receiver, is no exchange between structures and is left out.
//
// All dates: a log is kept in the database, valid for any window. Starts from each territory (by
// its id index) and walks to its residents' referrals, so the cost follows the territories asked
// for, never the country.
UNWIND $ids AS territoryId
MATCH (t:Territory {id: territoryId})<-[:LIVES_IN]-(p:Person)<-[:ABOUT]-(r:Referral)-[:TO]->(receiver:Structure)
WHERE coalesce(t.importSeq, 0) <= $published AND coalesce(p.importSeq, 0) <= $published
  AND coalesce(r.importSeq, 0) <= $published
WITH territoryId, r, receiver,
     coalesce(head(COLLECT { MATCH (r)-[:FROM]->(f:Structure) RETURN f }),
              head(COLLECT { MATCH (r)-[:FROM_PROFESSIONAL]->(:Professional)-[:WORKS_AT]->(w:Structure)
                             RETURN w ORDER BY w.id })) AS sender
WHERE sender IS NOT NULL AND sender <> receiver
RETURN territoryId AS territory, sender.id AS sender, receiver.id AS receiver, r.date AS date,
       r.status AS status, r.responseDate AS responseDate
