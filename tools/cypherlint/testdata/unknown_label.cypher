// A label the graph does not have (Persons for Person).
MATCH (n:Persons {id: $id})
RETURN properties(n) AS props
