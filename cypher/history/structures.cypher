// The life-cycle fields of the structures $ids (a territory's ecology): opening and closing
// dates and, for a structure absorbed, the structure that took it over (absorbed_into, v1.2;
// its closing date is then the date of the absorption).
UNWIND $ids AS structureId
MATCH (s:Structure {id: structureId})
WHERE coalesce(s.importSeq, 0) <= $published
RETURN s.id AS id, s.name AS name, s.type AS type, s.sector AS sector, s.coordination AS coordination,
       s.opened AS opened, s.closed AS closed,
       head([(s)-[:ABSORBED_INTO]->(into:Structure) WHERE coalesce(into.importSeq, 0) <= $published | into.id])
         AS absorbedInto
