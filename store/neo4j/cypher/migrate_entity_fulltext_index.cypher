// Lucene full-text search over names and aliases with the Persian analyzer.
// Migrate creates it only when the server lists that analyzer.
CREATE FULLTEXT INDEX entity_fulltext IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.aliasText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'persian'}}
