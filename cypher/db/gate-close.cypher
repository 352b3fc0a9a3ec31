// Closes the publication gate for the round $round of the instance $instance: every other
// instance holds its readers and says so in acks (gate-ack.cypher) before the publication
// changes rows that exist.
MERGE (g:PublicationGate {name: 'publication'})
SET g.round = $round, g.closedBy = $instance, g.closedAt = datetime(), g.acks = []
