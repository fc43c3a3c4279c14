package graph

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/curation"
	"github.com/peyvand/peyvand/loaders"
)

// apqCacheSize is how many persisted query texts the handler remembers.
const apqCacheSize = 1000

func init() {
	// A query rejected before it runs, for its depth or its cost, is the
	// client's mistake like a syntax error: GraphQL over HTTP answers it
	// with 400. Only errors raised before execution get a status from
	// their kind, so resolvers' INVALID_ARGUMENT errors stay 200.
	errcode.RegisterErrorType(peyvand.EINVALID, errcode.KindProtocol)
}

// HandlerConfig is what NewHandler needs.
type HandlerConfig struct {
	Store  peyvand.Store
	Ingest Ingester
	Logger *slog.Logger
	Limits Limits
	// LoaderWait is how long a loader gathers keys for a field the
	// prefetch does not cover before it fetches them; loaders.DefaultWait
	// when zero. Prefetched levels never wait.
	LoaderWait time.Duration
	// MaxBodyBytes bounds a POST body; DefaultMaxBodyBytes when zero. A
	// larger body is refused with 413.
	MaxBodyBytes int64
	// GQLGenOnly sends every operation through gqlgen's executor, without
	// the lean path for common queries (see lean.go); tests compare the two.
	GQLGenOnly bool
}

// NewHandler returns the GraphQL endpoint: POST and GET per GraphQL over
// HTTP, with depth and complexity limits, a parsed-query cache, automatic
// persisted queries, error mapping and per-request dataloaders. The caller
// (see auth.WithCaller) is set by the HTTP layer in front of it.
func NewHandler(cfg HandlerConfig) http.Handler {
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	limits := cfg.Limits.withDefaults()
	var names curation.Names
	if cfg.Ingest != nil {
		names = cfg.Ingest
	}
	resolver := &Resolver{Store: cfg.Store, Ingest: cfg.Ingest, Logger: logger, Limits: limits,
		Curator: curation.New(cfg.Store, names)}
	schema := NewExecutableSchema(Config{
		Resolvers:  resolver,
		Directives: DirectiveRoot{HasRole: hasRole},
		Complexity: limits.complexity(),
	})

	present, recoverFn := presentError(logger), recoverPanic(logger)
	prefetch := newPrefetcher(resolver, schema.Schema())
	lopts := loaders.Options{Wait: cfg.LoaderWait}
	newLoaders := func() *loaders.Loaders { return loaders.New(cfg.Store, lopts) }

	srv := handler.New(schema)
	srv.Use(extension.Introspection{})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](apqCacheSize)})
	cache := limits.use(srv)
	transport := httpTransport{maxBody: cfg.MaxBodyBytes}
	if !cfg.GQLGenOnly {
		transport.lean = &leanExec{es: schema.(*executableSchema), prefetch: prefetch, loaders: newLoaders,
			present: present, recover: recoverFn, cache: cache}
	}
	srv.AddTransport(transport)
	srv.Use(dateArguments{})
	srv.SetErrorPresenter(present)
	srv.SetRecoverFunc(recoverFn)
	srv.Use(prefetch)

	// Every operation gets fresh loaders, so nothing cached outlives the
	// request that read it.
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(loaders.With(ctx, newLoaders()))
	})
	return srv
}
