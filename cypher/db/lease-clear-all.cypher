// The embedded database at its start: no other process can have it open, so every lease found is
// one a stopped process left, and none of them holds anything any more.
MATCH (l:Lease)
WHERE l.instance IS NOT NULL
SET l.instance = null, l.holder = null, l.expiresAt = null
