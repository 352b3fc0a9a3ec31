// What each structure of $structureIds offers: the fields the contract's "handles" and the
// overlaps' coverage read (domains, complexity levels, stages, min_age, requires_apa,
// opening dates), with its name, type, sector and coordination mode for the answers and filters.
UNWIND $structureIds AS structureId
MATCH (s:Structure {id: structureId})
WHERE coalesce(s.importSeq, 0) <= $published
RETURN s.id AS id, s.name AS name, s.type AS type, s.sector AS sector, s.coordination AS coordination,
       coalesce(s.domains, []) AS domains, coalesce(s.complexity, []) AS complexity,
       coalesce(s.stages, []) AS stages, s.minAge AS minAge, s.requiresApa AS requiresApa,
       s.opened AS opened, s.closed AS closed
ORDER BY id
