// Search: nodes whose search keys (the name's and aliases' keys from each
// word boundary on) start with $q, scored as the embedded store scores them:
// 1 the whole name, 0.95 a whole alias, 0.7-0.9 a prefix of a name or alias,
// 0.5-0.7 a prefix from a later word; $allWords scores a query of several
// words each a prefix of some key. Ties go to the node with more edges,
// then by name. $first is " " + the query's first word:
// every hit's searchText contains it, so a text index narrows the scan.
OPTIONAL MATCH (rel0:Entity {id: $related})
OPTIONAL MATCH (rels:Entity {id: rel0.mergedInto})
WITH coalesce(rels, rel0) AS relNode
MATCH (n:Entity)
WHERE n.searchText CONTAINS $first
  AND n.mergedInto IS NULL
  AND (size($types) = 0 OR n.type IN $types)
  AND ($kind IS NULL OR n.kindKey = $kind)
  AND ($name IS NULL OR n.namesText CONTAINS $name)
  AND ($from IS NULL OR n.dateIso >= $from)
  AND ($to IS NULL OR n.dateIso <= $to)
  AND ($related IS NULL OR (relNode IS NOT NULL AND EXISTS { (n)--(relNode) }))
WITH n, [i IN range(0, size(n.searchKeys) - 1) WHERE n.searchKeys[i] STARTS WITH $q |
  CASE
    WHEN n.searchKeys[i] = $q AND n.searchKinds[i] = 0 THEN 1.0
    WHEN n.searchKeys[i] = $q AND n.searchKinds[i] = 1 THEN 0.95
    WHEN n.searchKinds[i] < 2 THEN 0.7 + 0.2 * (toFloat(size($q)) / size(n.searchKeys[i]))
    ELSE 0.5 + 0.2 * (toFloat(size($q)) / size(n.searchKeys[i]))
  END] AS scores
WITH n, reduce(best = 0.0, s IN scores | CASE WHEN s > best THEN s ELSE best END) AS score
WITH n, CASE
    WHEN $allWords IS NOT NULL AND $allWords > score
      AND all(w IN $words WHERE any(k IN n.searchKeys WHERE k STARTS WITH w))
    THEN $allWords
    ELSE score
  END AS score
WHERE score > 0
WITH n, score, COUNT { (n)--(:Entity) } AS degree
ORDER BY score DESC, degree DESC, n.sortKey, n.id
WITH collect({props: properties(n), score: score}) AS hits
RETURN size(hits) AS total, hits[$offset..($offset + $limit)] AS page
