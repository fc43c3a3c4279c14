// The stored edges a write will merge into, found from their (resolved)
// start node so the node index anchors the search.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r]->(b:Entity)
WHERE r.id = row.id
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
