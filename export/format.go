package export

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/explore"
)

// DefaultMaxNodes is the largest whole graph an export writes when no cap
// is configured.
const DefaultMaxNodes = 100000

// Format is a file format the graph can be exported in, as the server's
// /export/ endpoints and the CLI's export command both offer it.
type Format struct {
	// Name is what the CLI's --format calls the format.
	Name string
	// File is the name of the exported file and, under /export/, the
	// path it is served at.
	File        string
	ContentType string
	Write       func(io.Writer, *explore.Subgraph) error
}

// Formats lists the export formats.
var Formats = []Format{
	{"graphml", "graphml", "application/graphml+xml; charset=utf-8", GraphML},
	{"gexf", "gexf", "application/xml; charset=utf-8", GEXF},
	{"cytoscape", "cytoscape.json", "application/json", CytoscapeJSON},
	{"nodes-csv", "nodes.csv", "text/csv; charset=utf-8", withBOM(NodesCSV)},
	{"edges-csv", "edges.csv", "text/csv; charset=utf-8", withBOM(EdgesCSV)},
}

// withBOM writes a UTF-8 byte order mark before what write writes: Excel
// reads a CSV file without one in the local code page, and Persian comes
// out garbled.
func withBOM(write func(io.Writer, *explore.Subgraph) error) func(io.Writer, *explore.Subgraph) error {
	return func(w io.Writer, sg *explore.Subgraph) error {
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return err
		}
		return write(w, sg)
	}
}

// FormatNames returns the names of the formats, in the order of Formats.
func FormatNames() []string {
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = f.Name
	}
	return names
}

// FormatNamed returns the export format called name.
func FormatNamed(name string) (Format, error) {
	for _, f := range Formats {
		if f.Name == name {
			return f, nil
		}
	}
	return Format{}, fmt.Errorf("unknown export format %q; use one of %s", name, strings.Join(FormatNames(), ", "))
}

// FileName returns the name an exported file is offered under.
func (f Format) FileName() string { return "peyvand." + f.File }

// Select returns what an export writes: the neighbourhood of ids within
// depth hops (explore.DefaultDepth when zero), or, with no ids, the whole
// graph. Either may hold at most maxNodes nodes: a whole graph past the cap
// is refused with an INVALID_ARGUMENT error naming it, and a neighbourhood
// is cut to it (and to explore.MaxLimit), which the subgraph's Truncated
// reports.
func Select(ctx context.Context, st peyvand.Store, ids []string, depth, maxNodes int) (*explore.Subgraph, error) {
	if maxNodes < 1 {
		return nil, peyvand.Errorf(peyvand.EINVALID, "the export cap %d must be positive", maxNodes)
	}
	if len(ids) == 0 {
		if depth != 0 {
			return nil, peyvand.Errorf(peyvand.EINVALID, "depth needs ids: the neighbourhood of which nodes?")
		}
		return Whole(ctx, st, maxNodes)
	}
	return explore.Neighborhood(ctx, st, ids, explore.NeighborhoodOptions{Depth: depth, Limit: min(maxNodes, explore.MaxLimit)})
}
