// A CALL subquery importing with WITH is deprecated in favour of CALL (n) { }.
MATCH (n:Entity {id: $id})
CALL {
  WITH n
  MATCH (n)--(m:Entity)
  RETURN count(m) AS degree
}
RETURN degree
