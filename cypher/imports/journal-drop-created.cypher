// Rolls back a batch of the nodes a failed or interrupted import created, with their relationships.
MATCH (n:ImportPending {pendingImport: $importId})
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS done
