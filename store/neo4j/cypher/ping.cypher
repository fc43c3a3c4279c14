// A round trip to the named database.
RETURN 1 AS ok
