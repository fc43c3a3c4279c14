// Two statements in one file.
MATCH (n:Entity {id: $id}) RETURN n.name AS name;
MATCH (n:Entity {id: $id}) RETURN n.kind AS kind
