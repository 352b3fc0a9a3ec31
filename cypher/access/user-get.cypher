// One user by name ($username), or no row.
MATCH (u:User {username: $username})
RETURN u {.*} AS user
