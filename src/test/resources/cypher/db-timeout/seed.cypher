// Nodes for the slow queries of QueryTimeoutTest, once.
OPTIONAL MATCH (s:Slow)
WITH count(s) AS seeded
WHERE seeded = 0
UNWIND range(1, $count) AS n
CREATE (:Slow {n: n})
