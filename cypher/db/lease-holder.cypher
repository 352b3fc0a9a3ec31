// Who holds the lease $name now, if anyone: a lease past its end is held by no one.
MATCH (l:Lease {name: $name})
WHERE l.instance IS NOT NULL AND l.expiresAt >= datetime()
RETURN l.holder AS holder, l.instance AS instance, toString(l.expiresAt) AS expiresAt
