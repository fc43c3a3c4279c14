// The squashed name and aliases joined by spaces, for the listing's name
// filter (a substring match).
CREATE TEXT INDEX entity_names_text IF NOT EXISTS
FOR (n:Entity) ON (n.namesText)
