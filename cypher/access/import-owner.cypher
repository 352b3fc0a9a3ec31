// The user who started import $importId (null when it was started by the system), or no row.
MATCH (i:Import {id: $importId})
RETURN i.user AS user
