// A variable-length pattern without an upper bound.
MATCH p = (a:Entity {id: $id})-[*]-(b:Entity)
RETURN length(p) AS hops
LIMIT 10
