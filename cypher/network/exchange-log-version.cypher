// The version of the data the exchange logs are kept for: the latest import started, with its
// status (a rejected import wrote nothing and is no version). Empty when nothing was imported.
// Logs are only kept while that import has ended (terminee or echouee): while one writes, the
// data are changing under them.
OPTIONAL MATCH (i:Import)
WHERE i.status <> 'rejetee'
WITH i
ORDER BY i.startedAt DESC
LIMIT 1
RETURN coalesce(i.id + '/' + i.status, '') AS version,
       i IS NULL OR i.status IN ['terminee', 'echouee'] AS settled
