// A procedure the statements do not declare (APOC is not installed).
CALL apoc.meta.stats()
YIELD labels
RETURN labels
