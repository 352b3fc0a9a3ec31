// A new user ($user: username, passwordHash, role, territories, enabled, mustChangePassword, createdAt).
// Fails on the unique constraint when the name is taken.
CREATE (u:User)
SET u = $user, u.failedSignIns = 0
RETURN u {.*} AS user
