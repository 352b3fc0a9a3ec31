// Opens the record of an import attempt, committed at once so its status can be followed, and
// numbers it after every import before it and the published version $published (db.Publication).
// $user: who asked for it.
OPTIONAL MATCH (before:Import)
WITH coalesce(max(before.seq), 0) AS last
CREATE (i:Import {id: $id, source: $source, user: $user, status: 'en_cours', startedAt: datetime(), rowsDone: 0,
                  rowsTotal: 0, seq: CASE WHEN last > $published THEN last ELSE $published END + 1})
RETURN i.seq AS seq
