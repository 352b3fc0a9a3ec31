// An import's undo journal and the nodes it created, found by import id to publish or roll back.
CREATE INDEX import_pending IF NOT EXISTS FOR (n:ImportPending) ON (n.pendingImport);
CREATE INDEX import_undo IF NOT EXISTS FOR (n:ImportUndo) ON (n.undoImport);
