package export

import (
	"io"
	"slices"
	"strings"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/explore"
)

// Format is one of the ways a subgraph can be written, as an HTTP endpoint
// or a command-line flag names it.
type Format struct {
	// Name is how clients ask for it: graphml, gexf, cytoscape, nodes.csv,
	// edges.csv.
	Name string
	// ContentType is the media type to serve it with, and Ext the file
	// name extension to save it under.
	ContentType string
	Ext         string
	Write       func(io.Writer, *explore.Subgraph) error
}

// Formats lists every format, in the order the API documents them.
var Formats = []Format{
	{"graphml", "application/graphml+xml; charset=utf-8", ".graphml", GraphML},
	{"gexf", "application/gexf+xml; charset=utf-8", ".gexf", GEXF},
	{"cytoscape", "application/json; charset=utf-8", ".cyjs", CytoscapeJSON},
	{"nodes.csv", "text/csv; charset=utf-8", ".nodes.csv", NodesCSV},
	{"edges.csv", "text/csv; charset=utf-8", ".edges.csv", EdgesCSV},
}

// FormatOf returns the format called name (case ignored), or an
// INVALID_ARGUMENT error listing the formats there are.
func FormatOf(name string) (Format, error) {
	i := slices.IndexFunc(Formats, func(f Format) bool { return strings.EqualFold(f.Name, name) })
	if i < 0 {
		names := make([]string, len(Formats))
		for j, f := range Formats {
			names[j] = f.Name
		}
		return Format{}, peyvand.Errorf(peyvand.EINVALID, "unknown export format %q: use one of %s", name, strings.Join(names, ", "))
	}
	return Formats[i], nil
}
