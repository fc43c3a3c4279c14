// Audit records are merged on their ID, so a retried write records once.
CREATE CONSTRAINT audit_id_unique IF NOT EXISTS
FOR (a:AuditRecord) REQUIRE a.id IS UNIQUE
