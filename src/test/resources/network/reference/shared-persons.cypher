// Reference for tests: every pair of structures (a < b) sharing a person who lives in one of
// $territories in [$from, $to], by brute force over every pair of the person's involvements: the
// first day inside the window on which both were active.
MATCH (p:Person)-[:LIVES_IN]->(t:Territory)
WHERE t.id IN $territories
MATCH (p)<-[:OF]-(i:Involvement)-[:BY]->(a:Structure),
      (p)<-[:OF]-(j:Involvement)-[:BY]->(b:Structure)
WHERE a.id < b.id
WITH a, b, p,
     reduce(d = $from, x IN [i.start, j.start] | CASE WHEN x > d THEN x ELSE d END) AS first,
     reduce(d = $to, x IN [i.end, j.end] | CASE WHEN x IS NOT NULL AND x < d THEN x ELSE d END) AS last
WHERE first <= last
RETURN a.id AS a, b.id AS b, p.id AS person, min(first) AS firstDay
