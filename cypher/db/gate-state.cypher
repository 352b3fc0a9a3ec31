// The publication gate: the round closing it (null while open), who closed it, who holds their
// readers for it, and the version published when it last opened.
OPTIONAL MATCH (g:PublicationGate {name: 'publication'})
RETURN g.round AS round, g.closedBy AS closedBy, coalesce(g.acks, []) AS acks, coalesce(g.version, 0) AS version
