// The newest record of a merge of node $from into another.
MATCH (r:MergeRecord {from: $from})
RETURN r.record AS record
ORDER BY r.at DESC
LIMIT 1
