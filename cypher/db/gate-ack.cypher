// The instance $instance holds its readers for the round $round.
MATCH (g:PublicationGate {name: 'publication'})
WHERE g.round = $round AND NOT $instance IN g.acks
SET g.acks = g.acks + $instance
