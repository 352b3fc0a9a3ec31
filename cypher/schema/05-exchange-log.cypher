// One exchange log per structure (derived data the méta-réseau is read from, network.ExchangeLogs).
CREATE CONSTRAINT exchange_log_structure IF NOT EXISTS FOR (n:ExchangeLog) REQUIRE n.structureId IS UNIQUE;
