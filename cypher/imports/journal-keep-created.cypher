// Publishes a batch of the nodes an import created: they become ordinary nodes.
MATCH (n:ImportPending {pendingImport: $importId})
WITH n LIMIT $limit
REMOVE n:ImportPending, n.pendingImport
RETURN count(*) AS done
