// Opens the record of an import attempt, committed at once so its status can be followed.
// $user: who asked for it.
CREATE (:Import {id: $id, source: $source, user: $user, status: 'en_cours', startedAt: datetime(), rowsDone: 0,
                 rowsTotal: 0})
