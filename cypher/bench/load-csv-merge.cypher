// The import benchmark's peer: a plain LOAD CSV + MERGE script, as a Neo4j user writes it by
// hand for the contract's bundle (same graph model as Maillage's import, no validation, no
// all-or-nothing). The database's import folder is the bundle's folder. Run statement by
// statement in auto-commit transactions, after the schema's constraints.
LOAD CSV WITH HEADERS FROM 'file:///territories.csv' AS row
CALL (row) {
  MERGE (t:Territory {id: row.id})
  SET t.name = row.name, t.kind = row.kind, t.population = toInteger(row.population),
      t.population75Plus = toInteger(row.population_75_plus)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///territories.csv' AS row
CALL (row) {
  MATCH (t:Territory {id: row.id}), (p:Territory {id: row.parent_id})
  MERGE (t)-[:PART_OF]->(p)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///structures.csv' AS row
CALL (row) {
  MERGE (s:Structure {id: row.id})
  SET s.name = row.name, s.type = row.type, s.sector = row.sector, s.domains = split(row.domains, ';'),
      s.complexity = split(row.complexity, ';'), s.stages = split(row.stages, ';'), s.approach = row.approach,
      s.coordination = row.coordination, s.minAge = toInteger(row.min_age),
      s.requiresApa = toBoolean(row.requires_apa), s.capacity = toInteger(row.capacity),
      s.opened = date(row.opened), s.closed = date(row.closed)
  WITH s, row
  UNWIND split(row.territory_ids, ';') AS territoryId
  MATCH (t:Territory {id: territoryId})
  MERGE (s)-[:COVERS]->(t)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///structures.csv' AS row
CALL (row) {
  MATCH (s:Structure {id: row.id}), (p:Structure {id: row.porteur_id})
  MERGE (s)-[:CARRIED_BY]->(p)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///structures.csv' AS row
CALL (row) {
  MATCH (s:Structure {id: row.id}), (a:Structure {id: row.absorbed_into})
  MERGE (s)-[:ABSORBED_INTO]->(a)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///professionals.csv' AS row
CALL (row) {
  MERGE (p:Professional {id: row.id})
  SET p.role = row.role, p.originProfession = row.origin_profession, p.since = date(row.since),
      p.until = date(row.until)
  WITH p, row
  MATCH (s:Structure {id: row.structure_id})
  MERGE (p)-[:WORKS_AT]->(s)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///persons.csv' AS row
CALL (row) {
  MERGE (p:Person {id: row.id})
  SET p.birthYear = toInteger(row.birth_year), p.complexity = row.complexity, p.needs = split(row.needs, ';'),
      p.livesAlone = toBoolean(row.lives_alone), p.apa = toBoolean(row.apa),
      p.legalProtection = toBoolean(row.legal_protection)
  WITH p, row
  MATCH (t:Territory {id: row.territory_id})
  MERGE (p)-[:LIVES_IN]->(t)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///assessments.csv' AS row
CALL (row) {
  MERGE (a:Assessment {id: row.id})
  SET a.date = date(row.date), a.complexity = row.complexity, a.needs = split(row.needs, ';'),
      a.apa = toBoolean(row.apa)
  WITH a, row
  MATCH (p:Person {id: row.person_id})
  MERGE (a)-[:OF]->(p)
  WITH a, row
  MATCH (s:Structure {id: row.structure_id})
  MERGE (a)-[:BY]->(s)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///referrals.csv' AS row
CALL (row) {
  MERGE (r:Referral {id: row.id})
  SET r.date = date(row.date), r.reasons = split(row.reasons, ';'), r.status = row.status,
      r.responseDate = date(row.response_date)
  WITH r, row
  MATCH (p:Person {id: row.person_id}), (to:Structure {id: row.to_structure_id})
  MERGE (r)-[:ABOUT]->(p)
  MERGE (r)-[:TO]->(to)
  WITH r, row
  CALL (r, row) {
    MATCH (s:Structure {id: row.from_structure_id})
    MERGE (r)-[:FROM]->(s)
  }
  CALL (r, row) {
    MATCH (pro:Professional {id: row.from_professional_id})
    MERGE (r)-[:FROM_PROFESSIONAL]->(pro)
  }
  CALL (r, row) {
    MATCH (pro:Professional {id: row.to_professional_id})
    MERGE (r)-[:TO_PROFESSIONAL]->(pro)
  }
  CALL (r, row) {
    MATCH (s:Structure {id: row.redirected_to})
    MERGE (r)-[:REDIRECTED_TO]->(s)
  }
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///involvements.csv' AS row
CALL (row) {
  MERGE (i:Involvement {id: row.id})
  SET i.kind = row.kind, i.start = date(row.start), i.end = date(row.end), i.endReason = row.end_reason
  WITH i, row
  MATCH (p:Person {id: row.person_id}), (s:Structure {id: row.structure_id})
  MERGE (i)-[:OF]->(p)
  MERGE (i)-[:BY]->(s)
  WITH i, row
  CALL (i, row) {
    MATCH (pro:Professional {id: row.professional_id})
    MERGE (i)-[:BY_PROFESSIONAL]->(pro)
  }
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///partnerships.csv' AS row
CALL (row) {
  WITH row, CASE WHEN row.structure_a <= row.structure_b
    THEN row.structure_a + '|' + row.structure_b ELSE row.structure_b + '|' + row.structure_a END
    + '|' + row.kind AS key
  MERGE (p:Partnership {key: key})
  SET p.kind = row.kind, p.since = date(row.since), p.until = date(row.until), p.strength = toInteger(row.strength)
  WITH p, row
  MATCH (a:Structure {id: row.structure_a}), (b:Structure {id: row.structure_b})
  MERGE (p)-[:BETWEEN]->(a)
  MERGE (p)-[:BETWEEN]->(b)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///meetings.csv' AS row
CALL (row) {
  MERGE (m:Meeting {id: row.id})
  SET m.date = date(row.date), m.table = row.table
  WITH m, row
  MATCH (t:Territory {id: row.territory_id})
  MERGE (m)-[:HELD_IN]->(t)
  WITH m, row
  UNWIND split(row.structure_ids, ';') AS structureId
  MATCH (s:Structure {id: structureId})
  MERGE (m)-[:ATTENDED]->(s)
} IN TRANSACTIONS OF 10000 ROWS;

LOAD CSV WITH HEADERS FROM 'file:///fundings.csv' AS row
CALL (row) {
  MERGE (f:Funding {key: row.structure_id + '|' + row.year + '|' + row.funder + '|' + coalesce(row.purpose, '')})
  SET f.year = toInteger(row.year), f.funder = row.funder, f.amountEur = toInteger(row.amount_eur),
      f.purpose = row.purpose
  WITH f, row
  MATCH (s:Structure {id: row.structure_id})
  MERGE (f)-[:FUNDS]->(s)
} IN TRANSACTIONS OF 10000 ROWS;
