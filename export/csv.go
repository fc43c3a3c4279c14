package export

import (
	"encoding/csv"
	"fmt"
	"io"

	"github.com/peyvand/peyvand/explore"
)

// NodesCSV writes the nodes of sg as CSV with a header: id, type, label,
// then each Data attribute in name order (empty where a node lacks it).
func NodesCSV(w io.Writer, sg *explore.Subgraph) error {
	attrs := attrsOf(nodeData(sg))
	rows := make([][]string, 0, len(sg.Nodes)+1)
	rows = append(rows, header([]string{"id", "type", "label"}, attrs))
	for _, n := range sg.Nodes {
		rows = append(rows, row([]string{n.ID, n.Type, n.Label}, attrs, n.Data))
	}
	return writeCSV(w, "nodes", rows)
}

// EdgesCSV writes the edges of sg as CSV with a header: id, source,
// target, relType, label, then each Data attribute in name order. The
// relationship type is not called "type": Gephi's importer reads that
// column as directed/undirected.
func EdgesCSV(w io.Writer, sg *explore.Subgraph) error {
	attrs := attrsOf(edgeData(sg))
	rows := make([][]string, 0, len(sg.Edges)+1)
	rows = append(rows, header([]string{"id", "source", "target", "relType", "label"}, attrs))
	for _, e := range sg.Edges {
		rows = append(rows, row([]string{e.ID, e.Source, e.Target, e.Type, e.Label}, attrs, e.Data))
	}
	return writeCSV(w, "edges", rows)
}

func header(fixed []string, attrs []attr) []string {
	for _, a := range attrs {
		fixed = append(fixed, a.name)
	}
	return fixed
}

func row(fixed []string, attrs []attr, data map[string]any) []string {
	for _, a := range attrs {
		fixed = append(fixed, text(data[a.name]))
	}
	return fixed
}

func writeCSV(w io.Writer, what string, rows [][]string) error {
	cw := csv.NewWriter(w)
	if err := cw.WriteAll(rows); err != nil {
		return fmt.Errorf("write %s csv: %w", what, err)
	}
	return nil
}
