package neo4j

import (
	"github.com/peyvand/peyvand"
)

// edgeIDBatches turns edge IDs into the parameters of edges_by_id and
// apply_delete_edges: runs of at most size distinct IDs, each split into
// holds (ten_ IDs, HOLDS relationships) and others (rel_ IDs, every other
// type). IDs that name no relationship are left out, since no edge has
// them; both lists are always present, empty rather than null.
func edgeIDBatches(ids []string, size int) []map[string]any {
	var edgeIDs []string
	for _, id := range uniq(ids) {
		if peyvand.IsEdgeID(id) {
			edgeIDs = append(edgeIDs, id)
		}
	}
	var out []map[string]any
	for _, part := range chunks(edgeIDs, size) {
		holds, others := []string{}, []string{}
		for _, id := range part {
			if peyvand.IsTenureID(id) {
				holds = append(holds, id)
			} else {
				others = append(others, id)
			}
		}
		out = append(out, map[string]any{"holds": holds, "others": others})
	}
	return out
}

// edgeReadRow is the apply_read_edges row that finds the stored edge e
// would merge into: by ID from its start node, along its type.
func edgeReadRow(e *peyvand.Edge) map[string]any {
	return map[string]any{"id": e.ID, "type": string(e.Type), "from": e.From}
}
