// Nodes merged into $from earlier now resolve to $into, so mergedInto
// always names a live node and one step resolves any ID; their IDs go into
// the merge record, so an unmerge points them back (unmerge_repoint).
MATCH (m:Entity {mergedInto: $from})
SET m.mergedInto = $into
RETURN collect(m.id) AS repointed
