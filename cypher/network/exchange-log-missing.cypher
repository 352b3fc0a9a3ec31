// Structures without an exchange log for the data version $version, by id.
MATCH (s:Structure)
WHERE NOT EXISTS { MATCH (l:ExchangeLog {structureId: s.id}) WHERE l.version = $version }
RETURN s.id AS id
ORDER BY id
