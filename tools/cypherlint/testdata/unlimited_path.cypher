// A bounded variable-length pattern, but no LIMIT on what it returns.
MATCH p = (a:Entity {id: $id})-[*..3]-(b:Entity)
RETURN b.id AS id
