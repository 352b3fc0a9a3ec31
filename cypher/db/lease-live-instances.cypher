// The app instances alive now: each keeps a lease named $prefix + its id while it runs.
MATCH (l:Lease)
WHERE l.name STARTS WITH $prefix AND l.instance IS NOT NULL AND l.expiresAt >= datetime()
RETURN l.instance AS instance
ORDER BY instance
