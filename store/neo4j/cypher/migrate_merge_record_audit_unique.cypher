// Merge records are merged on their merge's audit ID, so a retried merge
// keeps one.
CREATE CONSTRAINT merge_record_audit_unique IF NOT EXISTS
FOR (r:MergeRecord) REQUIRE r.audit IS UNIQUE
