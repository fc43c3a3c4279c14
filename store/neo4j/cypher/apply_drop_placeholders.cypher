// Deletes the placeholders apply_lock_nodes created that the write did not
// fill, before it commits.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE n._placeholder = true
DELETE n
