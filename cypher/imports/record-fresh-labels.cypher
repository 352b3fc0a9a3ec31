// Saves, before an import writes its first batch, the labels that had no node at all: its rows
// of those labels are all new and carry no pending mark, so a rollback deletes every node of
// these labels (journal-drop-label.cypher), after a restart too.
MATCH (i:Import {id: $id})
SET i.freshLabels = $labels
