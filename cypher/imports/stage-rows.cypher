// Keeps, until the import's publication, a batch of rows that update nodes existing before it
// (imports.StagedRows gives each one its file, order, and values). Readers never match :ImportStaged.
UNWIND $rows AS row
CREATE (s:ImportStaged)
SET s = row, s.stagedImport = $importId
