package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/explore"
	"github.com/peyvand/peyvand/export"
)

// DefaultExportMaxNodes is the largest whole graph an export writes when
// no cap is configured.
const DefaultExportMaxNodes = 100000

// ExportFormat is a file format the graph can be exported in.
type ExportFormat struct {
	// Name is what the CLI's --format calls the format.
	Name string
	// File is the name of the exported file and, under /export/, the
	// path it is served at.
	File        string
	ContentType string
	Write       func(io.Writer, *explore.Subgraph) error
}

// ExportFormats lists the export formats.
var ExportFormats = []ExportFormat{
	{"graphml", "graphml", "application/graphml+xml; charset=utf-8", export.GraphML},
	{"gexf", "gexf", "application/xml; charset=utf-8", export.GEXF},
	{"cytoscape", "cytoscape.json", "application/json", export.CytoscapeJSON},
	{"nodes-csv", "nodes.csv", "text/csv; charset=utf-8", withBOM(export.NodesCSV)},
	{"edges-csv", "edges.csv", "text/csv; charset=utf-8", withBOM(export.EdgesCSV)},
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

// ExportFormatNamed returns the export format called name.
func ExportFormatNamed(name string) (ExportFormat, error) {
	var names []string
	for _, f := range ExportFormats {
		if f.Name == name {
			return f, nil
		}
		names = append(names, f.Name)
	}
	return ExportFormat{}, fmt.Errorf("unknown export format %q; use one of %s", name, strings.Join(names, ", "))
}

// FileName returns the name an exported file is offered under.
func (f ExportFormat) FileName() string { return "peyvand." + f.File }

// ExportSubgraph returns what an export writes: the neighbourhood of ids
// within depth hops (explore.DefaultDepth when zero), or, with no ids, the
// whole graph. Either may hold at most maxNodes nodes: a whole graph past
// the cap is refused with an INVALID_ARGUMENT error naming it, and a
// neighbourhood is cut to it (and to explore.MaxLimit), which the
// subgraph's Truncated reports.
func ExportSubgraph(ctx context.Context, st peyvand.Store, ids []string, depth, maxNodes int) (*explore.Subgraph, error) {
	if maxNodes < 1 {
		return nil, peyvand.Errorf(peyvand.EINVALID, "the export cap %d must be positive", maxNodes)
	}
	if len(ids) == 0 {
		if depth != 0 {
			return nil, peyvand.Errorf(peyvand.EINVALID, "depth needs ids: the neighbourhood of which nodes?")
		}
		return export.Whole(ctx, st, maxNodes)
	}
	return explore.Neighborhood(ctx, st, ids, explore.NeighborhoodOptions{Depth: depth, Limit: min(maxNodes, explore.MaxLimit)})
}

// exportParams reads the ids (comma-separated, the parameter repeated, or
// both) and depth of an export request.
func exportParams(r *http.Request) (ids []string, depth int, err error) {
	q := r.URL.Query()
	for _, v := range q["ids"] {
		for id := range strings.SplitSeq(v, ",") {
			if id = strings.TrimSpace(id); id != "" {
				ids = append(ids, id)
			}
		}
	}
	if d := q.Get("depth"); d != "" {
		depth, err = strconv.Atoi(d)
		if err != nil || depth < 1 || depth > explore.MaxDepth {
			return nil, 0, peyvand.Errorf(peyvand.EINVALID, "depth %q is not a number from 1 to %d", d, explore.MaxDepth)
		}
	}
	return ids, depth, nil
}

// exportHandler serves the graph, or a neighbourhood of it, in format f.
func (s *Server) exportHandler(f ExportFormat) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ids, depth, err := exportParams(r)
		if err != nil {
			s.exportError(w, r, err, false)
			return
		}
		sg, err := ExportSubgraph(r.Context(), s.cfg.Store, ids, depth, s.exportMaxNodes())
		if err != nil {
			s.exportError(w, r, err, len(ids) == 0 && depth == 0)
			return
		}
		w.Header().Set("Content-Type", f.ContentType)
		w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", f.FileName()))
		w.Header().Set("Cache-Control", "no-store")
		if sg.Truncated {
			w.Header().Set("Peyvand-Truncated", "true")
		}
		if err := f.Write(w, sg); err != nil {
			// The status is sent; all that is left is to log.
			s.logger.WarnContext(r.Context(), "export failed", "format", f.Name, "err", err)
		}
	})
}

func (s *Server) exportMaxNodes() int {
	if s.cfg.ExportMaxNodes > 0 {
		return s.cfg.ExportMaxNodes
	}
	return DefaultExportMaxNodes
}

// exportError answers a failed export with a JSON error: 404 for unknown
// IDs, 413 for a whole graph past the cap, 400 for other bad input, 503
// when the store timed out, and 500, logged, for anything else.
func (s *Server) exportError(w http.ResponseWriter, r *http.Request, err error, whole bool) {
	code := peyvand.ErrorCode(err)
	status := http.StatusInternalServerError
	switch {
	case code == peyvand.ENOTFOUND:
		status = http.StatusNotFound
	case code == peyvand.EINVALID && whole:
		status = http.StatusRequestEntityTooLarge
	case code == peyvand.EINVALID:
		status = http.StatusBadRequest
	case code == peyvand.EUNAVAILABLE || errors.Is(err, context.DeadlineExceeded):
		code, status = peyvand.EUNAVAILABLE, http.StatusServiceUnavailable
	default:
		s.logger.ErrorContext(r.Context(), "export failed", "path", r.URL.Path, "err", err)
	}
	msg := peyvand.ErrorMessage(err)
	if status == http.StatusServiceUnavailable && code != peyvand.ErrorCode(err) {
		msg = "the export timed out"
	}
	writeJSON(w, status, map[string]any{"error": msg, "code": code})
}
