// Upserts nodes with their full, already merged properties; MERGE on the
// stable ID makes a retried transaction write the same thing again.
// Relationship and label names cannot be parameters, so each type label is
// set by its own FOREACH guard.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.props
FOREACH (_ IN CASE WHEN row.type = 'PERSON' THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE WHEN row.type = 'ORGANIZATION' THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE WHEN row.type = 'EVENT' THEN [1] ELSE [] END | SET n:Event)
FOREACH (_ IN CASE WHEN row.type = 'PROJECT' THEN [1] ELSE [] END | SET n:Project)
FOREACH (_ IN CASE WHEN row.type = 'PLACE' THEN [1] ELSE [] END | SET n:Place)
FOREACH (_ IN CASE WHEN row.type = 'SOURCE' THEN [1] ELSE [] END | SET n:Source)
RETURN count(n) AS written
