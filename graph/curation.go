package graph

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/auth"
	"github.com/peyvand/peyvand/graph/model"
)

// auditRecord describes a change the caller is making.
func auditRecord(ctx context.Context, action, target, detail string) *peyvand.AuditRecord {
	c, _ := auth.CallerFrom(ctx)
	var b [8]byte
	_, _ = rand.Read(b[:])
	return &peyvand.AuditRecord{
		ID:     "aud_" + hex.EncodeToString(b[:]),
		Actor:  c.Name,
		Action: action,
		Target: target,
		Detail: detail,
		At:     time.Now().UTC(),
	}
}

// mustNode reads the node id from the store; no such node is NOT_FOUND.
func (r *Resolver) mustNode(ctx context.Context, id string) (*peyvand.Node, error) {
	got, err := r.Store.Nodes(ctx, []string{id})
	if err != nil {
		return nil, fmt.Errorf("read node %s: %w", id, err)
	}
	if len(got) != 1 || got[0] == nil {
		return nil, peyvand.Errorf(peyvand.ENOTFOUND, "no node has ID %q", id)
	}
	return got[0], nil
}

// replaceNode stores n in place of the stored node, with the audit record,
// and returns the node as stored.
func (r *Resolver) replaceNode(ctx context.Context, n *peyvand.Node, rec *peyvand.AuditRecord) (model.Node, error) {
	n.Updated = rec.At
	if _, err := r.Store.Apply(ctx, &peyvand.Batch{Nodes: []*peyvand.Node{n}, Replace: true, Audit: rec}); err != nil {
		return nil, fmt.Errorf("%s %s: %w", rec.Action, n.ID, err)
	}
	stored, err := r.mustNode(ctx, n.ID)
	if err != nil {
		return nil, err
	}
	return asNode(stored), nil
}

// rename gives node id a new name and keeps the old one as an alias, so
// searches for it still find the node.
func (r *Resolver) rename(ctx context.Context, id, name string) (model.Node, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, peyvand.Errorf(peyvand.EINVALID, "name must not be empty")
	}
	n, err := r.mustNode(ctx, id)
	if err != nil {
		return nil, err
	}
	renamed := *n
	renamed.Aliases = slices.DeleteFunc(slices.Clone(n.Aliases), func(a string) bool { return a == name })
	if n.Name != "" && n.Name != name && !slices.Contains(renamed.Aliases, n.Name) {
		renamed.Aliases = append(renamed.Aliases, n.Name)
	}
	renamed.Name = name
	rec := auditRecord(ctx, "renameEntity", n.ID, fmt.Sprintf("name %q → %q", n.Name, name))
	return r.replaceNode(ctx, &renamed, rec)
}

// addAlias adds another name node id is known by.
func (r *Resolver) addAlias(ctx context.Context, id, alias string) (model.Node, error) {
	alias = strings.TrimSpace(alias)
	if alias == "" {
		return nil, peyvand.Errorf(peyvand.EINVALID, "alias must not be empty")
	}
	n, err := r.mustNode(ctx, id)
	if err != nil {
		return nil, err
	}
	changed := *n
	if alias != n.Name && !slices.Contains(n.Aliases, alias) {
		changed.Aliases = append(slices.Clone(n.Aliases), alias)
	}
	rec := auditRecord(ctx, "addAlias", n.ID, fmt.Sprintf("alias %q", alias))
	return r.replaceNode(ctx, &changed, rec)
}

// merge folds node from into node into.
func (r *Resolver) merge(ctx context.Context, from, into string) (model.Node, error) {
	if from == into {
		return nil, peyvand.Errorf(peyvand.EINVALID, "cannot merge %q into itself", from)
	}
	rec := auditRecord(ctx, "mergeEntities", into, fmt.Sprintf("merged %s into %s", from, into))
	n, err := r.Store.Merge(ctx, from, into, *rec)
	if err != nil {
		return nil, fmt.Errorf("merge %s into %s: %w", from, into, err)
	}
	return asNode(n), nil
}

// beganValues are the ways a tenure can begin.
var beganValues = []string{peyvand.BeganAppointment, peyvand.BeganHandover, peyvand.BeganDecree, peyvand.BeganStated}

// recordTenure stores a person's tenure of a post, and when a predecessor
// is named, the succession and the end of the predecessor's tenure.
func (r *Resolver) recordTenure(ctx context.Context, in model.RecordTenureInput) (*peyvand.Tenure, error) {
	role := strings.TrimSpace(in.Role)
	if role == "" {
		return nil, peyvand.Errorf(peyvand.EINVALID, "input.role must not be empty")
	}
	began := deref(in.Began)
	if began != "" && !slices.Contains(beganValues, began) {
		return nil, peyvand.Errorf(peyvand.EINVALID, "input.began must be one of %s", strings.Join(beganValues, ", "))
	}
	start, err := dateArg(ctx, "input.start", in.Start)
	if err != nil {
		return nil, err
	}
	end, err := dateArg(ctx, "input.end", in.End)
	if err != nil {
		return nil, err
	}
	if start != nil && end != nil && start.ISO > end.ISO {
		return nil, peyvand.Errorf(peyvand.EINVALID, "input.start %s is after input.end %s", start.ISO, end.ISO)
	}

	pred := deref(in.Predecessor)
	want := []struct {
		arg, id string
		t       peyvand.EntityType
	}{{"input.person", in.Person, peyvand.TypePerson}, {"input.organization", in.Organization, peyvand.TypeOrganization}}
	if pred != "" {
		want = append(want, struct {
			arg, id string
			t       peyvand.EntityType
		}{"input.predecessor", pred, peyvand.TypePerson})
	}
	ids := make([]string, len(want))
	for i, w := range want {
		ids[i] = w.id
	}
	nodes, err := r.Store.Nodes(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("record tenure: %w", err)
	}
	for i, w := range want {
		if nodes[i] == nil {
			return nil, peyvand.Errorf(peyvand.ENOTFOUND, "%s: no node has ID %q", w.arg, w.id)
		}
		if nodes[i].Type != w.t {
			return nil, peyvand.Errorf(peyvand.EINVALID, "%s: %q is a %s, not a %s", w.arg, w.id, nodes[i].Type, w.t)
		}
	}
	person, org := nodes[0].ID, nodes[1].ID

	var evidence []peyvand.Evidence
	if in.Evidence != nil {
		ev, err := r.checkEvidence(ctx, in.Evidence)
		if err != nil {
			return nil, err
		}
		evidence = []peyvand.Evidence{ev}
	}

	now := time.Now().UTC()
	t := &peyvand.Edge{
		ID: peyvand.EdgeID(peyvand.RelHolds, person, org, role), Type: peyvand.RelHolds,
		From: person, To: org, Role: role, Start: start, End: end, Began: began,
		Evidence: evidence, Updated: now,
	}
	b := &peyvand.Batch{Edges: []*peyvand.Edge{t}}
	if pred != "" {
		predID := nodes[2].ID
		t.PredecessorID = predID
		b.Edges = append(b.Edges, &peyvand.Edge{
			ID: peyvand.EdgeID(peyvand.RelSucceeded, person, predID, role), Type: peyvand.RelSucceeded,
			From: person, To: predID, Role: role, OrganizationID: org, Evidence: evidence, Updated: now,
		})
		prev, err := r.Store.Edges(ctx, []string{peyvand.EdgeID(peyvand.RelHolds, predID, org, role)})
		if err != nil {
			return nil, fmt.Errorf("record tenure: %w", err)
		}
		if len(prev) == 1 && prev[0] != nil {
			ended := *prev[0]
			ended.SuccessorID = person
			if ended.End == nil {
				ended.End = start
			}
			ended.Updated = now
			b.Edges = append(b.Edges, &ended)
		}
	}
	b.Audit = auditRecord(ctx, "recordTenure", t.ID, fmt.Sprintf("%s holds %q in %s", person, role, org))
	if _, err := r.Store.Apply(ctx, b); err != nil {
		return nil, fmt.Errorf("record tenure: %w", err)
	}
	stored, err := r.Store.Edges(ctx, []string{t.ID})
	if err != nil {
		return nil, fmt.Errorf("record tenure: %w", err)
	}
	if len(stored) != 1 || stored[0] == nil {
		return nil, fmt.Errorf("record tenure: %s not stored", t.ID)
	}
	return (*peyvand.Tenure)(stored[0]), nil
}

// checkEvidence verifies that the quote stands in the source at the given
// character offsets, so evidence always points at what it claims.
func (r *Resolver) checkEvidence(ctx context.Context, in *model.EvidenceInput) (peyvand.Evidence, error) {
	src, err := r.mustNode(ctx, in.Source)
	if err != nil {
		return peyvand.Evidence{}, err
	}
	if src.Type != peyvand.TypeSource {
		return peyvand.Evidence{}, peyvand.Errorf(peyvand.EINVALID, "input.evidence.source: %q is a %s, not a SOURCE", in.Source, src.Type)
	}
	text := []rune(src.Text)
	if in.Start < 0 || in.End <= in.Start || in.End > len(text) {
		return peyvand.Evidence{}, peyvand.Errorf(peyvand.EINVALID, "input.evidence: offsets [%d, %d) are outside the source's %d characters", in.Start, in.End, len(text))
	}
	if got := string(text[in.Start:in.End]); got != in.Quote {
		return peyvand.Evidence{}, peyvand.Errorf(peyvand.EINVALID, "input.evidence: the source has %q at [%d, %d), not the quote", got, in.Start, in.End)
	}
	return peyvand.Evidence{SourceID: src.ID, Quote: in.Quote, Start: in.Start, End: in.End}, nil
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

// ingest runs ingestion on a document and records who did it.
func (r *Resolver) ingest(ctx context.Context, name, text string) (*model.IngestResult, error) {
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
	res, err := r.Ingest(ctx, name, []byte(text))
	if err != nil {
		return nil, fmt.Errorf("ingest %s: %w", name, err)
	}
	rec := auditRecord(ctx, "ingestDocument", name, fmt.Sprintf("%d nodes created, %d merged, %d edges created", res.NodesCreated, res.NodesMerged, res.EdgesCreated))
	if _, err := r.Store.Apply(ctx, &peyvand.Batch{Audit: rec}); err != nil {
		return nil, fmt.Errorf("ingest %s: audit: %w", name, err)
	}
	return res, nil
}
