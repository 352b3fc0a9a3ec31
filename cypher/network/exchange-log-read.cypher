// The exchange logs kept for the structures $ids and the data version $version (older ones are
// stale: an import has changed the data since).
UNWIND $ids AS structureId
MATCH (l:ExchangeLog {structureId: structureId})
WHERE l.version = $version
RETURN l.structureId AS structureId, l.peers AS peers, l.referralPeer AS referralPeer,
       l.referralSent AS referralSent, l.referralDay AS referralDay, l.referralStatus AS referralStatus,
       l.referralResponse AS referralResponse, l.persons AS persons, l.sharePeer AS sharePeer,
       l.sharePerson AS sharePerson, l.shareSince AS shareSince, l.shareUntil AS shareUntil
