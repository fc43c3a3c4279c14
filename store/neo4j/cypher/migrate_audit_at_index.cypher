// The newest audit records first.
CREATE INDEX audit_at IF NOT EXISTS
FOR (a:AuditRecord) ON (a.at)
