// Package graph is the GraphQL API of Peyvand: the executor gqlgen
// generates from schema/, the resolvers, and the handler that puts limits,
// error mapping and per-request dataloaders around them.
package graph

import (
	"context"
	"log/slog"
	"sync"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/curation"
	"github.com/peyvand/peyvand/dedupe"
)

//go:generate go tool gqlgen generate

// Ingester is what the API needs of ingestion. Ingest extracts the Persian
// news text of a document called name and adds what it finds to the graph,
// with rec, the audit record of the change, in the same transaction; Learn
// (curation.Names) hears of the names curation changes, so a later
// document resolves against them. *ingest.Ingester is one; the API knows
// no more of ingestion than this.
type Ingester interface {
	Ingest(ctx context.Context, name string, text []byte, rec *peyvand.AuditRecord) (*peyvand.IngestResult, error)
	curation.Names
}

// Resolver is the root resolver: the dependencies every resolver shares.
type Resolver struct {
	Store  peyvand.Store
	Ingest Ingester
	Logger *slog.Logger
	Limits Limits
	// Curator applies the curation rules; NewHandler makes it.
	Curator *curation.Curator

	dupesOnce sync.Once
	dupes     *dedupe.Finder
}
