// Locks and reads the stored nodes and relationships whose evidence cites
// any of the sources in $ids, for a write that changes those sources'
// text (their evidence gives offsets and quotes of the old text). Evidence
// is a list of JSON strings with no index over the sources it cites, so
// this scans every node and relationship that has evidence; the writer
// runs it only when a batch changes a stored source's text (a re-ingested
// document whose text changed), never on an ordinary write. The string
// test only narrows the rows: the caller decodes the evidence and keeps
// what really cites a source of $ids.
MATCH (n:Entity)
WHERE n.evidence IS NOT NULL
  AND any(ev IN n.evidence WHERE any(id IN $ids WHERE ev CONTAINS ('"sourceId":"' + id + '"')))
SET n._lock = true
REMOVE n._lock
RETURN 'NODE' AS kind, n.id AS from, n.id AS to, properties(n) AS props
UNION ALL
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.evidence IS NOT NULL
  AND any(ev IN r.evidence WHERE any(id IN $ids WHERE ev CONTAINS ('"sourceId":"' + id + '"')))
SET r._lock = true
REMOVE r._lock
RETURN type(r) AS kind, a.id AS from, b.id AS to, properties(r) AS props
