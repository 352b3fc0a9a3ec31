// Territories without an exchange log for the data version $version, by id.
MATCH (t:Territory)
WHERE coalesce(t.importSeq, 0) <= $published
  AND NOT EXISTS { MATCH (l:ExchangeLog {territoryId: t.id}) WHERE l.version = $version }
RETURN t.id AS id
ORDER BY id
