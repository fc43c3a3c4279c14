// Records a curation action, merged on its ID so a retry records it once.
MERGE (a:AuditRecord {id: $id})
SET a.actor = $actor, a.action = $action, a.target = $target, a.detail = $detail, a.at = $at
