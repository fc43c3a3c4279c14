// Empties the test database before a conformance case (test use only).
MATCH (n)
WHERE n:Entity OR n:AuditRecord
DETACH DELETE n
