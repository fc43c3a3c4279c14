// Takes the write lock of every node a write will merge into (in ID order,
// so concurrent writes queue rather than deadlock) and reads the stored
// ones. An ID not stored yet gets a placeholder MERGEd on the unique id, so
// a concurrent write creating the same node waits for this one to commit
// and then reads what it wrote, instead of overwriting its lists. The
// write deletes the placeholders it does not fill (apply_drop_placeholders).
UNWIND $ids AS id
MERGE (n:Entity {id: id})
  ON CREATE SET n._placeholder = true
  ON MATCH SET n._lock = true
REMOVE n._lock
RETURN n.id AS id, n._placeholder IS NOT NULL AS placeholder, properties(n) AS props
