// Every pair of the seeded nodes, tens of millions of rows: longer than the test's read timeout.
MATCH (a:Slow), (b:Slow)
WHERE a.n + b.n = -1 OR a.n = b.n
WITH count(*) AS pairs
CREATE (:SlowDone {pairs: pairs})
RETURN pairs
