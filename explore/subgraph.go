package explore

import (
	"strings"

	"github.com/peyvand/peyvand"
)

// Subgraph is a piece of the graph laid out for drawing. Its field names are
// those graph-drawing libraries read: a node's id and label, an edge's id,
// source and target (Cytoscape.js takes {data: node}, sigma/graphology and
// vis-network the fields as they are, with from/to for vis-network edges).
type Subgraph struct {
	Nodes []SubNode `json:"nodes"`
	Edges []SubEdge `json:"edges"`
	// Truncated says the subgraph was cut to its node limit: more nodes are
	// within reach than it holds.
	Truncated bool `json:"truncated"`
}

// SubNode is a node of a Subgraph. Data holds scalar attributes only
// (strings, ints, bools), so that every export format can carry them:
//
//	kind, date (ISO), solarHijri, aliases (joined by " | "), titles (same)
//	degree (edges of the node in the whole graph, when known)
//	depth (hops from the nearest seed) and seed (true for a seed), in a
//	neighbourhood
type SubNode struct {
	ID    string         `json:"id"`
	Type  string         `json:"type"`
	Label string         `json:"label"`
	Data  map[string]any `json:"data"`
}

// SubEdge is an edge of a Subgraph, from Source to Target. Its Label is the
// post title of a tenure or a participant's part, else the relationship
// type. Data holds:
//
//	role, start and end (ISO), began, evidence (the number of quotes),
//	quote and sourceId (the first quote and its source)
type SubEdge struct {
	ID     string         `json:"id"`
	Source string         `json:"source"`
	Target string         `json:"target"`
	Type   string         `json:"type"`
	Label  string         `json:"label"`
	Data   map[string]any `json:"data"`
}

// aliasSep joins list attributes into one string.
const aliasSep = " | "

// NewSubNode returns the drawing of node n.
func NewSubNode(n *peyvand.Node) SubNode {
	d := make(map[string]any, 8)
	putText(d, "kind", n.Kind)
	if n.Date != nil {
		putText(d, "date", n.Date.ISO)
		putText(d, "solarHijri", solarHijri(n.Date))
	}
	putText(d, "aliases", strings.Join(n.Aliases, aliasSep))
	putText(d, "titles", strings.Join(n.Titles, aliasSep))
	return SubNode{ID: n.ID, Type: string(n.Type), Label: n.Name, Data: d}
}

// NewSubEdge returns the drawing of edge e.
func NewSubEdge(e *peyvand.Edge) SubEdge {
	d := make(map[string]any, 8)
	putText(d, "role", e.Role)
	if e.Start != nil {
		putText(d, "start", e.Start.ISO)
	}
	if e.End != nil {
		putText(d, "end", e.End.ISO)
	}
	putText(d, "began", e.Began)
	d["evidence"] = len(e.Evidence)
	if len(e.Evidence) > 0 {
		putText(d, "quote", e.Evidence[0].Quote)
		putText(d, "sourceId", e.Evidence[0].SourceID)
	}
	label := e.Role
	if label == "" {
		label = string(e.Type)
	}
	return SubEdge{ID: e.ID, Source: e.From, Target: e.To, Type: string(e.Type), Label: label, Data: d}
}
