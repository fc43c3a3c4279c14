// Upserts relationships with their full, already merged properties, MERGEd
// on the stable edge ID between their two nodes. The relationship type
// cannot be a parameter, so each type has its own FOREACH guard.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
FOREACH (_ IN CASE WHEN row.type = 'HOLDS' THEN [1] ELSE [] END |
  MERGE (a)-[r:HOLDS {id: row.id}]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN row.type = 'PART_OF' THEN [1] ELSE [] END |
  MERGE (a)-[r:PART_OF {id: row.id}]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN row.type = 'PARTICIPATED_IN' THEN [1] ELSE [] END |
  MERGE (a)-[r:PARTICIPATED_IN {id: row.id}]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN row.type = 'INVOLVED_IN' THEN [1] ELSE [] END |
  MERGE (a)-[r:INVOLVED_IN {id: row.id}]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN row.type = 'RUNS' THEN [1] ELSE [] END |
  MERGE (a)-[r:RUNS {id: row.id}]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN row.type = 'LOCATED_IN' THEN [1] ELSE [] END |
  MERGE (a)-[r:LOCATED_IN {id: row.id}]->(b) SET r = row.props)
FOREACH (_ IN CASE WHEN row.type = 'SUCCEEDED' THEN [1] ELSE [] END |
  MERGE (a)-[r:SUCCEEDED {id: row.id}]->(b) SET r = row.props)
RETURN count(*) AS written
