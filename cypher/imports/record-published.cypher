// The published version at start-up (db.Publication): the number of the latest import that landed.
OPTIONAL MATCH (i:Import {status: 'terminee'})
RETURN coalesce(max(i.seq), 0) AS published
