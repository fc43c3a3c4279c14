// A misspelt keyword: a syntax error.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETRN properties(n) AS props
