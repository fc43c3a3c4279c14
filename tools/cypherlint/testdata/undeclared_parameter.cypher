// A parameter the caller does not declare.
MATCH (n:Entity {id: $nodeId})
RETURN properties(n) AS props
