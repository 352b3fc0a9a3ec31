// The exchange logs kept for the territories $ids and the data version $version (older ones are
// stale: an import has changed the data since).
UNWIND $ids AS territoryId
MATCH (l:ExchangeLog {territoryId: territoryId})
WHERE l.version = $version
RETURN l.territoryId AS territoryId, l.data AS data
