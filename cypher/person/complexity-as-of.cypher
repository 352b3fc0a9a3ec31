// The complexity on $asOf of each person of $personIds, by the rule of states-as-of.cypher
// (the latest assessment dated on or before $asOf that sets it, the greater id on the same
// date, else the persons.csv value), for those who need that one field of many persons living
// anywhere (the caseloads of a territory's case managers).
UNWIND $personIds AS personId
MATCH (p:Person {id: personId})
WHERE coalesce(p.importSeq, 0) <= $published
OPTIONAL MATCH (a:Assessment)-[:OF]->(p)
WHERE a.date <= $asOf AND a.complexity IS NOT NULL AND coalesce(a.importSeq, 0) <= $published
WITH p, a ORDER BY a.date DESC, a.id DESC
WITH p, head(collect(a.complexity)) AS assessedComplexity
RETURN p.id AS personId, coalesce(assessedComplexity, p.complexity) AS complexity
