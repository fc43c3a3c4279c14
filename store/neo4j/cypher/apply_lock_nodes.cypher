// Reads the stored nodes a write will merge into, taking their write locks
// first (setting and removing a property locks a node), so concurrent
// writes to the same nodes queue instead of losing each other's lists.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n._lock = true
REMOVE n._lock
RETURN properties(n) AS props
