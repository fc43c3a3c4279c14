// Deletes edges by ID: tenure IDs (ten_, always HOLDS) in $holds, the
// others (rel_) in $others. Each branch matches one relationship type by
// name, so that type's index on id finds the relationships without a
// scan; one row a branch, which the caller sums.
MATCH ()-[r:HOLDS]->()
WHERE r.id IN $holds
DELETE r
RETURN count(r) AS deleted
UNION ALL
MATCH ()-[r:PART_OF]->()
WHERE r.id IN $others
DELETE r
RETURN count(r) AS deleted
UNION ALL
MATCH ()-[r:PARTICIPATED_IN]->()
WHERE r.id IN $others
DELETE r
RETURN count(r) AS deleted
UNION ALL
MATCH ()-[r:INVOLVED_IN]->()
WHERE r.id IN $others
DELETE r
RETURN count(r) AS deleted
UNION ALL
MATCH ()-[r:RUNS]->()
WHERE r.id IN $others
DELETE r
RETURN count(r) AS deleted
UNION ALL
MATCH ()-[r:LOCATED_IN]->()
WHERE r.id IN $others
DELETE r
RETURN count(r) AS deleted
UNION ALL
MATCH ()-[r:SUCCEEDED]->()
WHERE r.id IN $others
DELETE r
RETURN count(r) AS deleted
