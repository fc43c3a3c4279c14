// Date ranges and date order in listings.
CREATE INDEX entity_date IF NOT EXISTS
FOR (n:Entity) ON (n.dateIso)
