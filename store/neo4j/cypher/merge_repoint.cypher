// Nodes merged into $from earlier now resolve to $into, so mergedInto
// always names a live node and one step resolves any ID.
MATCH (m:Entity {mergedInto: $from})
SET m.mergedInto = $into
RETURN count(m) AS repointed
