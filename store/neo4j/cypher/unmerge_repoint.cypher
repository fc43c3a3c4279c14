// Nodes a merge re-pointed from the merged node to the survivor resolve to
// the merged node again, unless they were unmerged or re-pointed since.
UNWIND $ids AS id
MATCH (m:Entity {id: id})
WHERE m.mergedInto = $into
SET m.mergedInto = $from
RETURN count(m) AS repointed
