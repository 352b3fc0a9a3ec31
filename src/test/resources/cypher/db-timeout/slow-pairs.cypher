// The pairs slow-write.cypher counts, read only: as long as that write.
MATCH (a:Slow), (b:Slow)
WHERE a.n + b.n = -1 OR a.n = b.n
RETURN count(*) AS pairs
