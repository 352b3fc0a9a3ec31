// Forgets the presence leases of instances gone for more than a day: each start adds one.
MATCH (l:Lease)
WHERE l.name STARTS WITH $prefix AND (l.instance IS NULL OR l.expiresAt < datetime() - duration({days: 1}))
DELETE l
