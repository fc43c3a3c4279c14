// Re-pointing nodes merged earlier when their survivor is merged in turn.
CREATE INDEX entity_merged_into IF NOT EXISTS
FOR (n:Entity) ON (n.mergedInto)
