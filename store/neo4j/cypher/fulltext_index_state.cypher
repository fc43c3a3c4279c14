// Whether the full-text index exists and is online.
SHOW FULLTEXT INDEXES
YIELD name, state
WHERE name = $name
RETURN state
