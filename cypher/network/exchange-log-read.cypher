// The exchange logs kept for the structures $ids and the data version $version (older ones are
// stale: an import has changed the data since).
UNWIND $ids AS structureId
MATCH (l:ExchangeLog {structureId: structureId})
WHERE l.version = $version
RETURN l.structureId AS structureId, l.data AS data
