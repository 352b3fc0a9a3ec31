// Every triple of the seeded nodes, billions of rows: far longer than the test's timeout.
MATCH (a:Slow), (b:Slow), (c:Slow)
WHERE a.n + b.n + c.n = -1
RETURN count(*) AS n
