// Opens the record of an import attempt, committed at once so its status can be followed.
CREATE (:Import {id: $id, source: $source, status: 'en_cours', startedAt: datetime(), rowsDone: 0, rowsTotal: 0})
