// Benchmark only: the person living in territory $territoryId (or below it) with the most
// referrals about them, ties broken by id, so each store times the same kind of parcours.
MATCH (:Territory {id: $territoryId})<-[:PART_OF*0..]-(:Territory)<-[:LIVES_IN]-(p:Person)
WHERE coalesce(p.importSeq, 0) <= $published
WITH p, COUNT { (:Referral)-[:ABOUT]->(p) } AS referrals
ORDER BY referrals DESC, p.id
LIMIT 1
RETURN p.id AS id
