// Edges by ID. An ID does not name its relationship type, but its prefix
// tells a tenure (ten_, always HOLDS: $holds) from the other types (rel_:
// $others), so each branch matches one type by name and that type's index
// on id (migrate_rel_*_id_index) finds the relationships without a scan.
MATCH (a)-[r:HOLDS]->(b)
WHERE r.id IN $holds
RETURN 'HOLDS' AS type, a.id AS from, b.id AS to, properties(r) AS props
UNION ALL
MATCH (a)-[r:PART_OF]->(b)
WHERE r.id IN $others
RETURN 'PART_OF' AS type, a.id AS from, b.id AS to, properties(r) AS props
UNION ALL
MATCH (a)-[r:PARTICIPATED_IN]->(b)
WHERE r.id IN $others
RETURN 'PARTICIPATED_IN' AS type, a.id AS from, b.id AS to, properties(r) AS props
UNION ALL
MATCH (a)-[r:INVOLVED_IN]->(b)
WHERE r.id IN $others
RETURN 'INVOLVED_IN' AS type, a.id AS from, b.id AS to, properties(r) AS props
UNION ALL
MATCH (a)-[r:RUNS]->(b)
WHERE r.id IN $others
RETURN 'RUNS' AS type, a.id AS from, b.id AS to, properties(r) AS props
UNION ALL
MATCH (a)-[r:LOCATED_IN]->(b)
WHERE r.id IN $others
RETURN 'LOCATED_IN' AS type, a.id AS from, b.id AS to, properties(r) AS props
UNION ALL
MATCH (a)-[r:SUCCEEDED]->(b)
WHERE r.id IN $others
RETURN 'SUCCEEDED' AS type, a.id AS from, b.id AS to, properties(r) AS props
