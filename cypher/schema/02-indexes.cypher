// No index on the dates of referrals, involvements and assessments: every analysis reaches them
// from a structure or a person (EXPLAIN of every query file shows no plan using them), and the
// three indexes cost an import about 1.2 million index entries per million rows
// (docs/benchmarks.md, "Import"). Stores made before this change lose them here.
DROP INDEX referral_date IF EXISTS;
DROP INDEX involvement_start IF EXISTS;
DROP INDEX assessment_date IF EXISTS;
CREATE INDEX structure_type IF NOT EXISTS FOR (n:Structure) ON (n.type);
