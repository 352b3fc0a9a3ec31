// The Maillage commune carrying each INSEE commune code. $codes: the codes a ROR Bundle names.
// A code carried by several communes (a pilot's mistake) resolves to the smallest id, stably.
UNWIND $codes AS code
MATCH (t:Territory {inseeCode: code})
WHERE t.kind = 'commune'
WITH code, min(t.id) AS territoryId
RETURN code, territoryId
