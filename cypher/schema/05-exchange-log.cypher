// One exchange log per territory (derived data the méta-réseau is read from, network.ExchangeLogs).
// Contract v1.3 keys the logs by the territory the persons live in; the v1 logs, one per
// structure, are derived data of a definition no longer used: dropped with their constraint.
DROP CONSTRAINT exchange_log_structure IF EXISTS;
MATCH (l:ExchangeLog) WHERE l.territoryId IS NULL DETACH DELETE l;
CREATE CONSTRAINT exchange_log_territory IF NOT EXISTS FOR (n:ExchangeLog) REQUIRE n.territoryId IS UNIQUE;
