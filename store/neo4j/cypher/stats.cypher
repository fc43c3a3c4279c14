// Live nodes by type and relationships by type.
MATCH (n:Entity)
WHERE n.mergedInto IS NULL
RETURN 'node' AS kind, n.type AS type, count(*) AS count
UNION ALL
MATCH (:Entity)-[r]->(:Entity)
RETURN 'edge' AS kind, type(r) AS type, count(*) AS count
