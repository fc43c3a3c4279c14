// Edges by ID: a relationship ID does not name its type, so each type has
// its own index on id and the by-ID statements match each type by name.
CREATE INDEX rel_part_of_id IF NOT EXISTS
FOR ()-[r:PART_OF]-() ON (r.id)
