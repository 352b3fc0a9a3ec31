// The state of every person living in one of $territoryIds (T and its descendants) on $asOf,
// per the contract ("Graph semantics"):
// - complexity, needs, APA: those of the latest assessment dated on or before $asOf that sets
//   the field (an absent property or an empty needs list sets nothing), else the persons.csv
//   values. Two assessments on the same date setting a field: the greater id wins, so the
//   answer never depends on storage order. complexity-as-of.cypher folds complexity alone by
//   this rule, for persons given by id: change both together.
// - closed: no involvement active on $asOf, every involvement ending on the latest end date on
//   or before $asOf ended with stabilisation, deces, institutionnalisation or demenagement, and
//   no referral about the person dated after that end (and on or before $asOf). A person with
//   no ended involvement has nothing that closed: not closed. An unknown end reason does not
//   close. Involvements starting after $asOf do not exist yet.
MATCH (home:Territory)<-[:LIVES_IN]-(p:Person)
WHERE home.id IN $territoryIds AND coalesce(home.importSeq, 0) <= $published AND coalesce(p.importSeq, 0) <= $published
CALL (p) {
  OPTIONAL MATCH (a:Assessment)-[:OF]->(p)
  WHERE a.date <= $asOf AND coalesce(a.importSeq, 0) <= $published
  WITH a ORDER BY a.date DESC, a.id DESC
  WITH collect(a) AS latestFirst
  RETURN head([a IN latestFirst WHERE a.complexity IS NOT NULL | a.complexity]) AS assessedComplexity,
         head([a IN latestFirst WHERE size(coalesce(a.needs, [])) > 0 | a.needs]) AS assessedNeeds,
         head([a IN latestFirst WHERE a.apa IS NOT NULL | a.apa]) AS assessedApa
}
CALL (p) {
  OPTIONAL MATCH (i:Involvement)-[:OF]->(p)
  WHERE i.start <= $asOf AND coalesce(i.importSeq, 0) <= $published
  WITH collect(i) AS started
  WITH started,
       any(i IN started WHERE i.end IS NULL OR i.end >= $asOf) AS activeOnD,
       reduce(latest = null, i IN started |
         CASE WHEN i.end IS NOT NULL AND i.end < $asOf AND (latest IS NULL OR i.end > latest)
              THEN i.end ELSE latest END) AS lastEnd
  RETURN NOT activeOnD
         AND lastEnd IS NOT NULL
         AND all(i IN started WHERE i.end <> lastEnd
                 OR coalesce(i.endReason IN ['stabilisation', 'deces', 'institutionnalisation', 'demenagement'], false))
         AND NOT EXISTS {
           MATCH (r:Referral)-[:ABOUT]->(p)
           WHERE r.date > lastEnd AND r.date <= $asOf AND coalesce(r.importSeq, 0) <= $published
         } AS closed
}
RETURN p.id AS personId,
       home.id AS territoryId,
       p.birthYear AS birthYear,
       coalesce(assessedComplexity, p.complexity) AS complexity,
       coalesce(assessedNeeds, p.needs, []) AS needs,
       coalesce(assessedApa, p.apa) AS apa,
       closed
ORDER BY personId
