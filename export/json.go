package export

import (
	"encoding/json"
	"fmt"
	"io"
	"maps"

	"github.com/peyvand/peyvand/explore"
)

// cyElement is one Cytoscape.js element: its fields live under data.
type cyElement struct {
	Data map[string]any `json:"data"`
}

type cyGraph struct {
	Data     map[string]any `json:"data"`
	Elements struct {
		Nodes []cyElement `json:"nodes"`
		Edges []cyElement `json:"edges"`
	} `json:"elements"`
}

// CytoscapeJSON writes sg in the JSON form Cytoscape.js loads
// (cytoscape({elements}) or cy.json()): {"data": {"truncated"},
// "elements": {"nodes": [{"data": {id, type, label, ...}}], "edges":
// [{"data": {id, source, target, relType, label, ...}}]}}, each element's
// Data attributes beside its fixed fields.
func CytoscapeJSON(w io.Writer, sg *explore.Subgraph) error {
	var g cyGraph
	g.Data = map[string]any{"truncated": sg.Truncated}
	g.Elements.Nodes = make([]cyElement, 0, len(sg.Nodes))
	g.Elements.Edges = make([]cyElement, 0, len(sg.Edges))
	for _, n := range sg.Nodes {
		d := maps.Clone(n.Data)
		if d == nil {
			d = map[string]any{}
		}
		d["id"], d["type"], d["label"] = n.ID, n.Type, n.Label
		g.Elements.Nodes = append(g.Elements.Nodes, cyElement{Data: d})
	}
	for _, e := range sg.Edges {
		d := maps.Clone(e.Data)
		if d == nil {
			d = map[string]any{}
		}
		d["id"], d["source"], d["target"], d["relType"], d["label"] = e.ID, e.Source, e.Target, e.Type, e.Label
		g.Elements.Edges = append(g.Elements.Edges, cyElement{Data: d})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(g); err != nil {
		return fmt.Errorf("write cytoscape json: %w", err)
	}
	return nil
}
