// The search keys joined by spaces, so a key prefix is a CONTAINS on
// " " + prefix, which a text index serves.
CREATE TEXT INDEX entity_search_text IF NOT EXISTS
FOR (n:Entity) ON (n.searchText)
