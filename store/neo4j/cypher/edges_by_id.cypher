// Edges by ID. Relationship IDs carry no type, so this scans relationships
// between entities.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.id IN $ids
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
