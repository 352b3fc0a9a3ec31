// The version of the data readers see, as a number that changes whenever they may: the latest
// import that wrote (not rejected), from its start time, odd while it writes (its rows land as it
// goes), even once it has ended. 0 when nothing was imported.
OPTIONAL MATCH (i:Import)
WHERE i.status <> 'rejetee'
WITH i
ORDER BY i.startedAt DESC
LIMIT 1
RETURN CASE WHEN i IS NULL THEN 0
            ELSE 2 * i.startedAt.epochMillis + CASE WHEN i.status IN ['terminee', 'echouee'] THEN 0 ELSE 1 END
       END AS version
