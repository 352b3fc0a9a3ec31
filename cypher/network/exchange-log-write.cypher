// Keeps exchange logs for the data version $version, one node per territory, replacing the one
// kept for an older version. `data` is the log encoded by network.ExchangeLog.
UNWIND $logs AS log
MERGE (l:ExchangeLog {territoryId: log.territoryId})
SET l = {territoryId: log.territoryId, version: $version, data: log.data}
