// The newest curation records first.
MATCH (a:AuditRecord)
RETURN properties(a) AS props
ORDER BY a.at DESC, a.id DESC
LIMIT $limit
