// Listing in ascending order of $sort (NAME by the Persian collation key,
// DATE, UPDATED), undated nodes last, ties by name then ID; one page and
// the total in one round trip.
OPTIONAL MATCH (rel0:Entity {id: $related})
OPTIONAL MATCH (rels:Entity {id: rel0.mergedInto})
WITH coalesce(rels, rel0) AS relNode
MATCH (n:Entity)
WHERE n.mergedInto IS NULL
  AND (size($types) = 0 OR n.type IN $types)
  AND ($kind IS NULL OR n.kindKey = $kind)
  AND ($name IS NULL OR n.namesText CONTAINS $name)
  AND ($from IS NULL OR n.dateIso >= $from)
  AND ($to IS NULL OR n.dateIso <= $to)
  AND ($related IS NULL OR (relNode IS NOT NULL AND EXISTS { (n)--(relNode) }))
WITH n, CASE $sort
    WHEN 'DATE' THEN n.dateIso
    WHEN 'UPDATED' THEN n.updated
    ELSE n.sortKey
  END AS key
ORDER BY key IS NULL, key, n.sortKey, n.id
WITH collect(n) AS matched
RETURN size(matched) AS total, [m IN matched[$offset..($offset + $limit)] | properties(m)] AS page
