// The heartbeat of a lease still held by $holder of $instance: its end moves $millis ahead.
// Nothing comes back once another instance took it after it ran out.
MATCH (l:Lease {name: $name})
WHERE l.instance = $instance AND l.holder = $holder
SET l.expiresAt = datetime() + duration({milliseconds: $millis})
RETURN l.name AS name
