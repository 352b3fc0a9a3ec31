// Gives back the lease $name held by $holder of $instance; a lease another instance took since is left alone.
MATCH (l:Lease {name: $name})
WHERE l.instance = $instance AND l.holder = $holder
SET l.instance = null, l.holder = null, l.expiresAt = null
