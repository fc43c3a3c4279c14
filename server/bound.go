package server

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/peyvand/peyvand"
)

// bound serves a request within the server's budgets: it waits at most
// QueueWait for one of MaxInFlight slots, else answers 503 with
// Retry-After, so a burst is shed rather than queued without bound; and it
// runs the request under a context cancelled after RequestTimeout, so a
// slow store or a costly query cannot hold a slot for ever (what is still
// running then answers UNAVAILABLE).
func (s *Server) bound(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case s.slots <- struct{}{}:
		default:
			t := time.NewTimer(s.cfg.QueueWait)
			select {
			case s.slots <- struct{}{}:
				t.Stop()
			case <-t.C:
				s.shed(w)
				return
			case <-r.Context().Done():
				t.Stop()
				return
			}
		}
		defer func() { <-s.slots }()
		ctx, cancel := context.WithTimeout(r.Context(), s.cfg.RequestTimeout)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// shed answers 503 Service Unavailable with Retry-After and a coded error.
func (s *Server) shed(w http.ResponseWriter) {
	s.logger.Warn("request shed: too many in flight", "maxInFlight", cap(s.slots))
	w.Header().Set("Retry-After", strconv.Itoa(1))
	writeJSON(w, http.StatusServiceUnavailable, map[string]any{
		"errors": []map[string]any{{
			"message":    "the server is busy: too many requests in flight; retry after a second",
			"extensions": map[string]string{"code": peyvand.EUNAVAILABLE},
		}},
	})
}
