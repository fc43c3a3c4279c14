// Nodes by ID in the order asked, following a merge to the survivor (merge
// keeps mergedInto pointing at a live node, so one step is enough).
UNWIND range(0, size($ids) - 1) AS i
OPTIONAL MATCH (n:Entity {id: $ids[i]})
OPTIONAL MATCH (s:Entity {id: n.mergedInto})
WITH i, coalesce(s, n) AS node
RETURN i, CASE WHEN node IS NULL THEN null ELSE properties(node) END AS props
ORDER BY i
