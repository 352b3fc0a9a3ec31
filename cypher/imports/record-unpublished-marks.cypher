// Imports that landed but whose marks (pending labels, undo journal) a stopped process left:
// readers already ignore those marks, the next import must not find them.
MATCH (i:Import {status: 'terminee'})
WHERE EXISTS { MATCH (:ImportPending {pendingImport: i.id}) } OR EXISTS { MATCH (:ImportUndo {undoImport: i.id}) }
RETURN i.id AS id
