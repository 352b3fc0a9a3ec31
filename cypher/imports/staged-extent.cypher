// The first and last order of an import's staged rows (null, null when none is left).
MATCH (s:ImportStaged)
WHERE s.stagedImport = $importId
RETURN min(s.stagedOrder) AS first, max(s.stagedOrder) AS last
