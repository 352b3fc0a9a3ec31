// Relationships of the imported graph.
MATCH ()-[r]->() RETURN count(r) AS c
