// An import's undo journal and the nodes it created, found by import id to publish or roll back.
CREATE INDEX import_pending IF NOT EXISTS FOR (n:ImportPending) ON (n.pendingImport);
CREATE INDEX import_undo IF NOT EXISTS FOR (n:ImportUndo) ON (n.undoImport);
// The rows an import keeps for its publication, read back in order (imports.StagedRows).
CREATE INDEX import_staged IF NOT EXISTS FOR (n:ImportStaged) ON (n.stagedImport, n.stagedOrder);
CREATE INDEX import_seq IF NOT EXISTS FOR (n:Import) ON (n.seq);
