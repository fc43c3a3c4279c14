// Deletes edges by ID.
MATCH (:Entity)-[r]->(:Entity)
WHERE r.id IN $ids
DELETE r
RETURN count(r) AS deleted
