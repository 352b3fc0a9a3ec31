// Takes the lease $name for $holder on behalf of the app instance $instance, for $millis from the
// database's clock (the instances' own clocks may differ), unless another holder's is still
// running. claimedAt is written first so that this transaction holds the node's write lock before
// it reads who holds the lease: two instances taking it at once are served one after the other.
MERGE (l:Lease {name: $name})
SET l.claimedAt = datetime()
WITH l
WHERE l.instance IS NULL OR l.expiresAt < datetime()
SET l.holder = $holder, l.instance = $instance, l.since = datetime(),
    l.expiresAt = datetime() + duration({milliseconds: $millis})
RETURN l.holder AS holder
