// Rolls back a batch of the nodes of a label that was empty before a failed or interrupted
// import began (record-fresh-labels.cypher): every node of it is the import's, with its
// relationships. Only one import writes at a time, so no other writer made any of them.
MATCH (n:$($label))
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS done
