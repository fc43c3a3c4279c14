// Listings by entity type.
CREATE INDEX entity_type IF NOT EXISTS
FOR (n:Entity) ON (n.type)
