// Nodes of the imported graph, without the importer's own :Import records.
MATCH (n) WHERE NOT n:Import RETURN count(n) AS c
