// The relationships within $hops (at most 3, the literal bound) of a node,
// of the given types, with both end nodes. $pathLimit caps the paths walked
// and $limit the relationships returned. A node without relationships
// still returns itself as the centre.
MATCH (c0:Entity {id: $id})
OPTIONAL MATCH (cs:Entity {id: c0.mergedInto})
WITH coalesce(cs, c0) AS c
OPTIONAL MATCH p = (c)-[*1..3]-(:Entity)
WHERE all(r IN relationships(p) WHERE size($types) = 0 OR type(r) IN $types)
WITH c, p
WHERE p IS NULL OR length(p) <= $hops
WITH c, p
LIMIT $pathLimit
UNWIND coalesce(relationships(p), [null]) AS r
WITH c, collect(DISTINCT r)[..$limit] AS rels
RETURN properties(c) AS center,
  [r IN rels | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r),
    fromProps: properties(startNode(r)), toProps: properties(endNode(r))}] AS edges
