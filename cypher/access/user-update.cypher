// Sets the given fields of one user ($username, $changes: a map; a null value removes the field).
MATCH (u:User {username: $username})
SET u += $changes
RETURN u {.*} AS user
