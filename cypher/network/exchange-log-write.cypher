// Keeps exchange logs for the data version $version, one node per structure, replacing the one
// kept for an older version. `data` is the log encoded by network.ExchangeLog.
UNWIND $logs AS log
MERGE (l:ExchangeLog {structureId: log.structureId})
SET l = {structureId: log.structureId, version: $version, data: log.data}
