// Rolls back a batch of the rows a failed or interrupted import staged for its publication.
MATCH (s:ImportStaged {stagedImport: $importId})
WITH s LIMIT $limit
DELETE s
RETURN count(*) AS done
