// The stored edges a write will merge into, found from their (resolved)
// start node so the node index anchors the search, and matched by the
// row's relationship type (its own branch for each type, since a type
// cannot be a parameter) so only that type's relationships are expanded.
UNWIND $rows AS row
WITH row
WHERE row.type = 'HOLDS'
MATCH (a:Entity {id: row.from})-[r:HOLDS]->(b:Entity)
WHERE r.id = row.id
RETURN 'HOLDS' AS type, a.id AS from, b.id AS to, properties(r) AS props
UNION ALL
UNWIND $rows AS row
WITH row
WHERE row.type = 'PART_OF'
MATCH (a:Entity {id: row.from})-[r:PART_OF]->(b:Entity)
WHERE r.id = row.id
RETURN 'PART_OF' AS type, a.id AS from, b.id AS to, properties(r) AS props
UNION ALL
UNWIND $rows AS row
WITH row
WHERE row.type = 'PARTICIPATED_IN'
MATCH (a:Entity {id: row.from})-[r:PARTICIPATED_IN]->(b:Entity)
WHERE r.id = row.id
RETURN 'PARTICIPATED_IN' AS type, a.id AS from, b.id AS to, properties(r) AS props
UNION ALL
UNWIND $rows AS row
WITH row
WHERE row.type = 'INVOLVED_IN'
MATCH (a:Entity {id: row.from})-[r:INVOLVED_IN]->(b:Entity)
WHERE r.id = row.id
RETURN 'INVOLVED_IN' AS type, a.id AS from, b.id AS to, properties(r) AS props
UNION ALL
UNWIND $rows AS row
WITH row
WHERE row.type = 'RUNS'
MATCH (a:Entity {id: row.from})-[r:RUNS]->(b:Entity)
WHERE r.id = row.id
RETURN 'RUNS' AS type, a.id AS from, b.id AS to, properties(r) AS props
UNION ALL
UNWIND $rows AS row
WITH row
WHERE row.type = 'LOCATED_IN'
MATCH (a:Entity {id: row.from})-[r:LOCATED_IN]->(b:Entity)
WHERE r.id = row.id
RETURN 'LOCATED_IN' AS type, a.id AS from, b.id AS to, properties(r) AS props
UNION ALL
UNWIND $rows AS row
WITH row
WHERE row.type = 'SUCCEEDED'
MATCH (a:Entity {id: row.from})-[r:SUCCEEDED]->(b:Entity)
WHERE r.id = row.id
RETURN 'SUCCEEDED' AS type, a.id AS from, b.id AS to, properties(r) AS props
