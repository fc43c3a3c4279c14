// Package graph is the GraphQL API of Peyvand: the executor gqlgen
// generates from schema/, the resolvers, and the handler that puts limits,
// error mapping and per-request dataloaders around them.
package graph

import (
	"context"
	"log/slog"
	"sync"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/dedupe"
	"github.com/peyvand/peyvand/graph/model"
)

//go:generate go tool gqlgen generate

// IngestFunc extracts the Persian news text of a document called name and
// adds what it finds to the graph. cmd/peyvand wires it to the ingest
// package, so the API knows no more of ingestion than this signature.
type IngestFunc func(ctx context.Context, name string, text []byte) (*model.IngestResult, error)

// Resolver is the root resolver: the dependencies every resolver shares.
type Resolver struct {
	Store  peyvand.Store
	Ingest IngestFunc
	Logger *slog.Logger
	Limits Limits

	dupesOnce sync.Once
	dupes     *dedupe.Finder
}
