// Territories already carrying an INSEE code, so the INSEE helper reuses their ids.
// A code carried by several territories of one kind resolves to the smallest id, stably.
MATCH (t:Territory)
WHERE t.inseeCode IS NOT NULL
RETURN t.kind AS kind, t.inseeCode AS code, min(t.id) AS id
