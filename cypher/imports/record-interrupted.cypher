// At start-up, an import still "en_cours" died with its process: its transaction never
// committed, so nothing of it was written.
MATCH (i:Import {status: 'en_cours'})
SET i.status = 'echouee', i.finishedAt = datetime(), i.message = $message
