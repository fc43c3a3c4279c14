// Lucene search through the full-text index; $query is escaped by the caller.
CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit})
YIELD node, score
WITH node, score
WHERE node.mergedInto IS NULL
RETURN properties(node) AS props, score
ORDER BY score DESC, node.id
LIMIT $limit
