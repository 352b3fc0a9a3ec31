// The labels that were empty when an import began writing (record-fresh-labels.cypher).
MATCH (i:Import {id: $id})
RETURN coalesce(i.freshLabels, []) AS labels
