// The number of relationships of each node, either way, as the embedded
// store's adjacency counts them (a merged node has none left).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, COUNT { (n)--() } AS degree
