package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/auth"
	"github.com/peyvand/peyvand/curation"
	"github.com/peyvand/peyvand/graph/model"
)

// This file adapts the curation mutations to the curation package, which
// holds their rules; what is left here is reading the API's arguments.

// actor is the name of the caller making a change.
func actor(ctx context.Context) string {
	c, _ := auth.CallerFrom(ctx)
	return c.Name
}

// rename gives node id a new name (curation.Curator.Rename).
func (r *Resolver) rename(ctx context.Context, id, name string) (model.Node, error) {
	n, err := r.Curator.Rename(ctx, actor(ctx), id, name)
	if err != nil {
		return nil, err
	}
	return asNode(n), nil
}

// addAlias adds another name node id is known by.
func (r *Resolver) addAlias(ctx context.Context, id, alias string) (model.Node, error) {
	n, err := r.Curator.AddAlias(ctx, actor(ctx), id, alias)
	if err != nil {
		return nil, err
	}
	return asNode(n), nil
}

// merge folds node from into node into.
func (r *Resolver) merge(ctx context.Context, from, into string) (model.Node, error) {
	n, err := r.Curator.Merge(ctx, actor(ctx), from, into)
	if err != nil {
		return nil, err
	}
	return asNode(n), nil
}

// recordTenure stores a person's tenure of a post, and when a predecessor
// is named, the succession (curation.Curator.RecordTenure).
func (r *Resolver) recordTenure(ctx context.Context, in model.RecordTenureInput) (*peyvand.Tenure, error) {
	start, err := dateArg(ctx, "input.start", in.Start)
	if err != nil {
		return nil, err
	}
	end, err := dateArg(ctx, "input.end", in.End)
	if err != nil {
		return nil, err
	}
	t := curation.Tenure{Appointment: curation.Appointment{
		Person: in.Person, Organization: in.Organization, Predecessor: deref(in.Predecessor),
		Role: in.Role, Began: deref(in.Began), Start: start, End: end,
	}}
	if ev := in.Evidence; ev != nil {
		t.Quote = &peyvand.Evidence{SourceID: ev.Source, Quote: ev.Quote, Start: ev.Start, End: ev.End}
	}
	return r.Curator.RecordTenure(ctx, actor(ctx), t)
}

// dateArg reads a day given in either calendar as a stored date that keeps
// the text as given.
func dateArg(ctx context.Context, arg string, s *string) (*peyvand.Date, error) {
	d, err := dayArg(ctx, arg, s)
	if err != nil || d == nil {
		return nil, err
	}
	return &peyvand.Date{ISO: d.ISO, SolarHijri: d.SolarHijri, Original: d.Input, Precision: peyvand.PrecisionDay}, nil
}

// ingest runs ingestion on a document, its audit record written in the
// same transaction as the document.
func (r *Resolver) ingest(ctx context.Context, name, text string) (*peyvand.IngestResult, error) {
	if r.Ingest == nil {
		return nil, peyvand.Errorf(peyvand.EUNAVAILABLE, "this server does not ingest documents")
	}
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, peyvand.Errorf(peyvand.EINVALID, "name must not be empty")
	}
	if strings.TrimSpace(text) == "" {
		return nil, peyvand.Errorf(peyvand.EINVALID, "text must not be empty")
	}
	res, err := r.Ingest.Ingest(ctx, name, []byte(text), curation.Record(actor(ctx), "ingestDocument", name, ""))
	if err != nil {
		return nil, fmt.Errorf("ingest %s: %w", name, err)
	}
	return res, nil
}
