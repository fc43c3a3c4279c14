// The edges of many nodes in one round trip. $dir is OUT, IN or BOTH;
// $types, when not empty, keeps those relationship types. Merged IDs
// resolve to the survivor; rows stay keyed by the ID asked for.
UNWIND $ids AS asked
MATCH (n:Entity {id: asked})
OPTIONAL MATCH (s:Entity {id: n.mergedInto})
WITH asked, coalesce(s, n) AS node
MATCH (node)-[r]-(:Entity)
WHERE (size($types) = 0 OR type(r) IN $types)
  AND ($dir = 'BOTH'
    OR ($dir = 'OUT' AND startNode(r) = node)
    OR ($dir = 'IN' AND endNode(r) = node))
RETURN asked, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS props
ORDER BY asked, r.id
