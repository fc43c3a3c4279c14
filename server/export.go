package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/explore"
	"github.com/peyvand/peyvand/export"
)

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
func (s *Server) exportHandler(f export.Format) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ids, depth, err := exportParams(r)
		if err != nil {
			s.exportError(w, r, err, false)
			return
		}
		sg, err := export.Select(r.Context(), s.cfg.Store, ids, depth, s.exportMaxNodes())
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
	return export.DefaultMaxNodes
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
