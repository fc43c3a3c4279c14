// A property key the store never writes (nmae for name).
MATCH (n:Entity {id: $id})
RETURN n.nmae AS name
