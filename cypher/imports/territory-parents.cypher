// The territory hierarchy already in the database, to find cycles a bundle would close.
MATCH (t:Territory)-[:PART_OF]->(parent:Territory)
RETURN t.id AS id, parent.id AS parent
