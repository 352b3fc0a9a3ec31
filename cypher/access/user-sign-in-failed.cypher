// Counts one more failed sign-in of $username; at $maxFailures consecutive failures the account is
// locked until $lockUntil (epoch ms) and the count starts again. Returns the failures counted (the
// one that locked included) and the lock.
MATCH (u:User {username: $username})
WITH u, coalesce(u.failedSignIns, 0) + 1 AS failures
SET u.failedSignIns = CASE WHEN failures >= $maxFailures THEN 0 ELSE failures END,
    u.lockedUntil = CASE WHEN failures >= $maxFailures THEN $lockUntil ELSE u.lockedUntil END
RETURN failures, u.lockedUntil AS lockedUntil
