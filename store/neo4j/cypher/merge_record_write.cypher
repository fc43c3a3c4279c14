// Keeps what a merge did (or its record marked undone), merged on the
// merge's audit ID so a retried transaction writes it once.
MERGE (r:MergeRecord {audit: $audit})
SET r.from = $from, r.at = $at, r.record = $record
