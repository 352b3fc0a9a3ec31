// Opens the gate after a publication (or after a dead instance's, when $round is null): readers
// everywhere go on with the published version $version.
MERGE (g:PublicationGate {name: 'publication'})
WITH g
WHERE $round IS NULL OR g.round = $round
SET g.round = null, g.closedBy = null, g.acks = [], g.version = $version
