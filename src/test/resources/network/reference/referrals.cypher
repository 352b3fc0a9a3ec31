// Reference for tests: every referral about a person who lives in one of $territories, dated in
// [$from, $to], with its sender and receiver, by brute force (no start territory, no log). The
// sender is the FROM structure, else the structure of the FROM_PROFESSIONAL (the smallest id if
// several); no sender, or a sender that is the receiver, is no exchange.
MATCH (r:Referral)-[:TO]->(receiver:Structure)
WHERE $from <= r.date <= $to
MATCH (r)-[:ABOUT]->(:Person)-[:LIVES_IN]->(t:Territory)
WHERE t.id IN $territories
OPTIONAL MATCH (r)-[:FROM]->(f:Structure)
OPTIONAL MATCH (r)-[:FROM_PROFESSIONAL]->(:Professional)-[:WORKS_AT]->(w:Structure)
WITH r, receiver, f, min(w.id) AS viaProfessional
WITH r, receiver, coalesce(f.id, viaProfessional) AS sender
WHERE sender IS NOT NULL AND sender <> receiver.id
RETURN sender, receiver.id AS receiver, r.date AS date
