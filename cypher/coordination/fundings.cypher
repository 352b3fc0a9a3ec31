// The fundings of a territory's ecology over the years [$from, $to] (contract v1.2, /funding):
// every fundings.csv row of a structure of T's ecology ($ecology) whose year lies in the range,
// with its funder, its amount in euros and its purpose (null when the row gave none).
MATCH (f:Funding)-[:FUNDS]->(s:Structure)
WHERE s.id IN $ecology AND coalesce(s.importSeq, 0) <= $published AND coalesce(f.importSeq, 0) <= $published
  AND f.year >= $from AND f.year <= $to
RETURN s.id AS structureId, f.year AS year, f.funder AS funder, f.amountEur AS amount, f.purpose AS purpose
ORDER BY structureId, year
