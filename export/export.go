// Package export writes subgraphs of the graph (explore.Subgraph) in the
// formats graph tools read: GraphML (yEd, Gephi, NetworkX), GEXF (Gephi),
// Cytoscape.js JSON, and CSV node and edge lists (spreadsheets, Gephi's
// importer). Whole gathers the whole graph, up to a cap, for the same
// writers.
//
// Every format carries each node's id, type and label and each edge's id,
// source, target, relationship type and label, and the Data attributes of
// explore.SubNode and explore.SubEdge as declared, typed attributes.
package export

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"

	"github.com/peyvand/peyvand/explore"
)

// attr is a declared attribute of nodes or edges: a Data key and the type
// of all its values.
type attr struct {
	name string
	kind string // "string", "int" or "boolean"
}

// attrsOf returns the Data keys used by the given attribute maps, sorted,
// with the type every value has (string when they disagree).
func attrsOf(data []map[string]any) []attr {
	kinds := map[string]string{}
	for _, d := range data {
		for k, v := range d {
			kind := kindOf(v)
			if have, ok := kinds[k]; ok && have != kind {
				kind = "string"
			}
			kinds[k] = kind
		}
	}
	out := make([]attr, 0, len(kinds))
	for k, kind := range kinds {
		out = append(out, attr{name: k, kind: kind})
	}
	slices.SortFunc(out, func(a, b attr) int { return cmp.Compare(a.name, b.name) })
	return out
}

func kindOf(v any) string {
	switch v.(type) {
	case int, int64, int32:
		return "int"
	case bool:
		return "boolean"
	}
	return "string"
}

// text formats an attribute value.
func text(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case int:
		return strconv.Itoa(x)
	case bool:
		return strconv.FormatBool(x)
	}
	return fmt.Sprint(v)
}

func nodeData(sg *explore.Subgraph) []map[string]any {
	out := make([]map[string]any, len(sg.Nodes))
	for i, n := range sg.Nodes {
		out[i] = n.Data
	}
	return out
}

func edgeData(sg *explore.Subgraph) []map[string]any {
	out := make([]map[string]any, len(sg.Edges))
	for i, e := range sg.Edges {
		out[i] = e.Data
	}
	return out
}
