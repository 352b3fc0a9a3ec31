// Deletes the staged rows of an import whose order lies in [$from, $until), once written.
MATCH (s:ImportStaged)
WHERE s.stagedImport = $importId AND $from <= s.stagedOrder < $until
DELETE s
