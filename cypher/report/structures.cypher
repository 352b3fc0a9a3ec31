// Structures of a territory's ecology ($ecology: their ids) open on at least one day of the
// window [$from, $to], counted by sector and type. A structure closed before the window or
// opened after it is no longer (or not yet) part of the offer, so a change between windows shows.
MATCH (s:Structure)
WHERE s.id IN $ecology AND coalesce(s.importSeq, 0) <= $published
  AND (s.opened IS NULL OR s.opened <= $to)
  AND (s.closed IS NULL OR s.closed >= $from)
RETURN s.sector AS sector, s.type AS type, count(s) AS structures
