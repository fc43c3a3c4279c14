// The shortest path between two nodes, in either direction along each
// relationship, of the given types (all when $types is empty). The bound 6
// is the largest the API allows; the shortest path is the shortest, so
// dropping it when it is longer than $maxHops equals searching with a
// bound of $maxHops, without formatting a number into the statement.
MATCH (a0:Entity {id: $from})
OPTIONAL MATCH (a1:Entity {id: a0.mergedInto})
WITH coalesce(a1, a0) AS a
MATCH (b0:Entity {id: $to})
OPTIONAL MATCH (b1:Entity {id: b0.mergedInto})
WITH a, coalesce(b1, b0) AS b
WHERE a <> b
MATCH p = shortestPath((a)-[*..6]-(b))
WHERE all(r IN relationships(p) WHERE size($types) = 0 OR type(r) IN $types)
WITH p
WHERE length(p) <= $maxHops
RETURN [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS edges
LIMIT 1
