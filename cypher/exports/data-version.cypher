// The data an export is computed from: the latest import written whole (an :Import record of
// the imports capability, status 'terminee'). No row when nothing was ever imported that way.
MATCH (i:Import {status: 'terminee'})
RETURN i.id AS importId, toString(i.finishedAt) AS finishedAt
ORDER BY i.finishedAt DESC
LIMIT 1
