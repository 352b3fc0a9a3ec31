// Every user, by name.
MATCH (u:User)
RETURN u {.*} AS user
ORDER BY u.username
