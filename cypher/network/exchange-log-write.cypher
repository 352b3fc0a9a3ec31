// Keeps exchange logs, one node per structure, replacing the one kept for an older version.
UNWIND $logs AS log
MERGE (l:ExchangeLog {structureId: log.structureId})
SET l = log
