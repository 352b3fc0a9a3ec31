// At start-up, the imports a stopped process left half-way: "en_cours" ones are rolled back,
// "publication" ones (every batch written) are published. seq: the import's number.
MATCH (i:Import)
WHERE i.status IN ['en_cours', 'publication']
RETURN i.id AS id, i.status AS status, coalesce(i.seq, 0) AS seq
