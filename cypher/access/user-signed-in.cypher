// A successful sign-in of $username: the failure count starts again, the lock (if over) goes.
MATCH (u:User {username: $username})
SET u.failedSignIns = 0, u.lockedUntil = null, u.lastSignIn = $at
