// Package server is Peyvand's HTTP face: the GraphQL endpoint, GraphiQL,
// the explorer page, graph exports, health and readiness checks, CORS and
// API keys.
package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/rs/cors"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/export"
	"github.com/peyvand/peyvand/graph"
	"github.com/peyvand/peyvand/web"
)

// startTime stamps the embedded assets for caching.
var startTime = time.Now()

// maxBodyBytes bounds a request body; a document sent to ingestDocument is
// the largest thing a client sends.
const maxBodyBytes = 8 << 20

// Config configures a Server.
type Config struct {
	// Addr is the address to listen on, host:port; port 0 picks a free one.
	Addr   string
	Store  peyvand.Store
	Ingest graph.Ingester
	Logger *slog.Logger
	// Keys are the API keys the server accepts.
	Keys []Key
	// RequireKeyForReads makes queries need a key too; mutations always do.
	RequireKeyForReads bool
	// CORSOrigins are the origins browsers may call the API from; none
	// allows only same-origin pages.
	CORSOrigins []string
	Limits      graph.Limits
	// ExportMaxNodes caps the nodes an export under /export/ writes:
	// export.DefaultMaxNodes when zero.
	ExportMaxNodes int
	// RequestTimeout is the time budget of one GraphQL request or export:
	// past it the request's context is cancelled and what is still
	// running answers UNAVAILABLE. DefaultRequestTimeout when zero.
	RequestTimeout time.Duration
	// MaxInFlight caps the GraphQL requests and exports served at once;
	// one more waits up to QueueWait for a slot, then is answered 503
	// with Retry-After. DefaultMaxInFlight when zero.
	MaxInFlight int
	QueueWait   time.Duration
	// MaxHeaderBytes bounds a request's line and headers, and so a GET
	// query's URL: DefaultMaxHeaderBytes when zero. Over it, HTTP 431.
	MaxHeaderBytes int
}

// Defaults of Config.
const (
	DefaultRequestTimeout = 30 * time.Second
	DefaultMaxInFlight    = 128
	DefaultQueueWait      = 500 * time.Millisecond
	DefaultMaxHeaderBytes = 256 << 10
)

// Server serves the API over HTTP.
type Server struct {
	cfg    Config
	logger *slog.Logger
	keys   keyring
	http   *http.Server
	ln     net.Listener
	done   chan struct{}
	err    error         // why serving stopped; read after done is closed
	slots  chan struct{} // one per request in flight (see bound)
	reqlog *requestLog
}

// New returns a server for cfg; Open starts it.
func New(cfg Config) *Server {
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if cfg.RequestTimeout <= 0 {
		cfg.RequestTimeout = DefaultRequestTimeout
	}
	if cfg.MaxInFlight <= 0 {
		cfg.MaxInFlight = DefaultMaxInFlight
	}
	if cfg.QueueWait <= 0 {
		cfg.QueueWait = DefaultQueueWait
	}
	if cfg.MaxHeaderBytes <= 0 {
		cfg.MaxHeaderBytes = DefaultMaxHeaderBytes
	}
	s := &Server{cfg: cfg, logger: logger.WithGroup("http"), keys: keyring(cfg.Keys), slots: make(chan struct{}, cfg.MaxInFlight)}
	s.reqlog = newRequestLog(s.logger.Handler())
	s.http = &http.Server{
		MaxHeaderBytes:    cfg.MaxHeaderBytes,
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	return s
}

// Handler returns the server's routes.
func (s *Server) Handler() http.Handler {
	api := graph.NewHandler(graph.HandlerConfig{
		Store:  s.cfg.Store,
		Ingest: s.cfg.Ingest,
		Logger: s.logger,
		Limits: s.cfg.Limits,
	})
	mux := http.NewServeMux()
	mux.Handle("/graphql", s.bound(refuseGETMutations(s.cfg.Limits, s.authenticate(api))))
	// Exports are reads: they need a key exactly when queries do.
	for _, f := range export.Formats {
		mux.Handle("GET /export/"+f.File, s.bound(s.authenticate(s.exportHandler(f))))
	}
	mux.HandleFunc("GET /graphiql", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		serveAsset(w, r, "graphiql.html")
	})
	mux.HandleFunc("GET /graphiql/assets/{name}", func(w http.ResponseWriter, r *http.Request) {
		serveAsset(w, r, r.PathValue("name"))
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", s.ready)
	// The explorer page and its assets take every other path.
	mux.Handle("/", web.Handler())

	c := cors.New(cors.Options{
		AllowedOrigins: s.cfg.CORSOrigins,
		AllowedMethods: []string{http.MethodGet, http.MethodPost, http.MethodOptions},
		AllowedHeaders: []string{"Authorization", "Content-Type", "Accept", "X-API-Key"},
		MaxAge:         600,
	})
	return s.logRequests(c.Handler(limitBody(mux)))
}

// ready reports whether the store can serve requests.
func (s *Server) ready(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if err := s.cfg.Store.Ping(ctx); err != nil {
		s.logger.WarnContext(ctx, "not ready", "err", err)
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, maxBodyBytes)
		next.ServeHTTP(w, r)
	})
}

// Open starts listening on the configured address and serving in the
// background.
func (s *Server) Open() error {
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", s.cfg.Addr, err)
	}
	s.ln = ln
	s.done = make(chan struct{})
	go func() {
		defer close(s.done)
		if err := s.http.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			s.err = err
		}
	}()
	s.logger.Info("listening", "addr", ln.Addr().String())
	return nil
}

// Addr returns the address the server listens on, once open.
func (s *Server) Addr() string {
	if s.ln == nil {
		return ""
	}
	return s.ln.Addr().String()
}

// URL returns the server's base URL, once open.
func (s *Server) URL() string { return "http://" + s.Addr() }

// Done is closed when the server stops serving; Err then says why.
func (s *Server) Done() <-chan struct{} { return s.done }

// Err returns the error that stopped the server, nil after Close.
func (s *Server) Err() error {
	<-s.done
	return s.err
}

// Close stops accepting requests and waits for those under way to finish,
// up to ctx's deadline.
func (s *Server) Close(ctx context.Context) error {
	if s.ln == nil {
		return nil
	}
	err := s.http.Shutdown(ctx)
	s.reqlog.close()
	if err != nil {
		return fmt.Errorf("shut down: %w", err)
	}
	return s.Err()
}
