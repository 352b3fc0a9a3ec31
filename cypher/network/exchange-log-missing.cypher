// Structures without an exchange log for the data version $version, by id.
MATCH (s:Structure)
WHERE coalesce(s.importSeq, 0) <= $published
  AND NOT EXISTS { MATCH (l:ExchangeLog {structureId: s.id}) WHERE l.version = $version }
RETURN s.id AS id
ORDER BY id
