// The staged rows of an import whose order lies in [$from, $until), in order (imports.StagedRows).
MATCH (s:ImportStaged)
WHERE s.stagedImport = $importId AND $from <= s.stagedOrder < $until
RETURN properties(s) AS row
ORDER BY s.stagedOrder
