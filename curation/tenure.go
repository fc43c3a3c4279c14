package curation

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/persian"
	"github.com/peyvand/peyvand/store/upsert"
)

// RoleKey is the key of a post title. Two tenures are of the same post
// when they are in the same body and their roles have the same key: letter
// forms, spacing and the non-joiner do not count, the way a Persian reader
// matches them (persian.Squash).
func RoleKey(role string) string { return persian.Squash(role) }

// PositionOf returns the post titled role in organization org. Its ID is
// made from the role's key, so every spelling of a post is one position
// under one ID; Role keeps the title as given.
func PositionOf(org, role string) *peyvand.Position {
	return &peyvand.Position{ID: peyvand.PositionID(org, RoleKey(role)), OrganizationID: org, Role: role}
}

// Appointment is a person taking a post.
type Appointment struct {
	// Person, Organization and Predecessor are node IDs; Predecessor, the
	// person who held the post before, may be empty.
	Person, Organization, Predecessor string
	// Role is the post's title, as written.
	Role string
	// Began is how the tenure began (peyvand.BeganValues), or empty.
	Began string
	// Start is the day the post was taken; End, when known, the day the
	// tenure ended.
	Start, End *peyvand.Date
	// Evidence backs every edge the appointment writes.
	Evidence []peyvand.Evidence
}

// Succession is what an appointment writes: the new tenure and, when a
// predecessor is named, the predecessor's tenure ending at the new one's
// start and the SUCCEEDED edge from the new holder to the old one. Ended
// and Succeeded are nil without a predecessor.
type Succession struct {
	Tenure, Ended, Succeeded *peyvand.Edge
}

// Edges returns the edges of s that are set, the new tenure first.
func (s Succession) Edges() []*peyvand.Edge {
	out := []*peyvand.Edge{s.Tenure}
	if s.Ended != nil {
		out = append(out, s.Ended, s.Succeeded)
	}
	return out
}

// AppointmentEdges returns the edges a writes, with their IDs.
func AppointmentEdges(a Appointment) Succession {
	role := strings.Join(strings.Fields(a.Role), " ")
	s := Succession{Tenure: &peyvand.Edge{Type: peyvand.RelHolds, From: a.Person, To: a.Organization, Role: role,
		Began: a.Began, Start: a.Start, End: a.End, PredecessorID: a.Predecessor, Evidence: a.Evidence}}
	if a.Predecessor != "" {
		s.Ended = &peyvand.Edge{Type: peyvand.RelHolds, From: a.Predecessor, To: a.Organization, Role: role,
			End: a.Start, SuccessorID: a.Person, Evidence: a.Evidence}
		s.Succeeded = &peyvand.Edge{Type: peyvand.RelSucceeded, From: a.Person, To: a.Predecessor, Role: role,
			OrganizationID: a.Organization, Evidence: a.Evidence}
	}
	for _, e := range s.Edges() {
		e.ID = upsert.EdgeID(e)
	}
	return s
}

// KeepStored clears what tenure t, about to be written over stored (the
// same tenure as stored, or nil), must not change: a STATED beginning does
// not replace a known one, and an end inferred from a successor's start
// (endInferred) does not replace an end already known.
func KeepStored(t, stored *peyvand.Edge, endInferred bool) {
	if stored == nil {
		return
	}
	if t.Began == peyvand.BeganStated && stored.Began != "" && stored.Began != peyvand.BeganStated {
		t.Began = ""
	}
	if endInferred && stored.End != nil {
		t.End = nil
	}
}

// Tenure is a tenure an editor records.
type Tenure struct {
	Appointment
	// Quote, when set, is the evidence: checked against its source before
	// anything is written (CheckEvidence).
	Quote *peyvand.Evidence
}

// RecordTenure stores an editor's tenure of a post, with the succession
// when a predecessor is named (AppointmentEdges), and returns it as stored.
func (c *Curator) RecordTenure(ctx context.Context, actor string, in Tenure) (*peyvand.Tenure, error) {
	if strings.TrimSpace(in.Role) == "" {
		return nil, peyvand.Errorf(peyvand.EINVALID, "role must not be empty")
	}
	if in.Began != "" && !slices.Contains(peyvand.BeganValues, in.Began) {
		return nil, peyvand.Errorf(peyvand.EINVALID, "began must be one of %s", strings.Join(peyvand.BeganValues, ", "))
	}
	if in.Start != nil && in.End != nil && in.Start.ISO > in.End.ISO {
		return nil, peyvand.Errorf(peyvand.EINVALID, "start %s is after end %s", in.Start.ISO, in.End.ISO)
	}
	a, err := c.resolveEnds(ctx, in.Appointment)
	if err != nil {
		return nil, err
	}
	a.Evidence = nil
	if in.Quote != nil {
		ev, err := c.CheckEvidence(ctx, *in.Quote)
		if err != nil {
			return nil, err
		}
		a.Evidence = []peyvand.Evidence{ev}
	}
	s := AppointmentEdges(a)
	if s.Ended != nil {
		stored, err := c.store.Edges(ctx, []string{s.Ended.ID})
		if err != nil {
			return nil, fmt.Errorf("record tenure: %w", err)
		}
		KeepStored(s.Ended, stored[0], true)
	}
	now := time.Now().UTC()
	b := &peyvand.Batch{Edges: s.Edges(),
		Audit: Record(actor, "recordTenure", s.Tenure.ID, fmt.Sprintf("%s holds %q in %s", a.Person, s.Tenure.Role, a.Organization))}
	for _, e := range b.Edges {
		e.Updated = now
	}
	if _, err := c.store.Apply(ctx, b); err != nil {
		return nil, fmt.Errorf("record tenure: %w", err)
	}
	stored, err := c.store.Edges(ctx, []string{s.Tenure.ID})
	if err != nil {
		return nil, fmt.Errorf("record tenure: %w", err)
	}
	if len(stored) != 1 || stored[0] == nil {
		return nil, fmt.Errorf("record tenure: %s not stored", s.Tenure.ID)
	}
	return (*peyvand.Tenure)(stored[0]), nil
}

// resolveEnds verifies that the appointment's person, body and
// predecessor exist and are of their types, and returns a with their IDs
// as stored now (a merged ID gives way to its survivor).
func (c *Curator) resolveEnds(ctx context.Context, a Appointment) (Appointment, error) {
	want := []struct {
		arg, id string
		t       peyvand.EntityType
	}{{"person", a.Person, peyvand.TypePerson}, {"organization", a.Organization, peyvand.TypeOrganization}}
	if a.Predecessor != "" {
		want = append(want, struct {
			arg, id string
			t       peyvand.EntityType
		}{"predecessor", a.Predecessor, peyvand.TypePerson})
	}
	ids := make([]string, len(want))
	for i, w := range want {
		ids[i] = w.id
	}
	nodes, err := c.store.Nodes(ctx, ids)
	if err != nil {
		return a, fmt.Errorf("record tenure: %w", err)
	}
	for i, w := range want {
		if nodes[i] == nil {
			return a, peyvand.Errorf(peyvand.ENOTFOUND, "%s: no node has ID %q", w.arg, w.id)
		}
		if nodes[i].Type != w.t {
			return a, peyvand.Errorf(peyvand.EINVALID, "%s: %q is a %s, not a %s", w.arg, w.id, nodes[i].Type, w.t)
		}
	}
	a.Person, a.Organization = nodes[0].ID, nodes[1].ID
	if a.Predecessor != "" {
		a.Predecessor = nodes[2].ID
	}
	return a, nil
}

// CheckEvidence verifies that the quote stands in its source at the given
// character offsets, so evidence always points at what it claims.
func (c *Curator) CheckEvidence(ctx context.Context, ev peyvand.Evidence) (peyvand.Evidence, error) {
	src, err := c.Node(ctx, ev.SourceID)
	if err != nil {
		return peyvand.Evidence{}, err
	}
	if src.Type != peyvand.TypeSource {
		return peyvand.Evidence{}, peyvand.Errorf(peyvand.EINVALID, "evidence.source: %q is a %s, not a SOURCE", ev.SourceID, src.Type)
	}
	text := []rune(src.Text)
	if ev.Start < 0 || ev.End <= ev.Start || ev.End > len(text) {
		return peyvand.Evidence{}, peyvand.Errorf(peyvand.EINVALID, "evidence: offsets [%d, %d) are outside the source's %d characters", ev.Start, ev.End, len(text))
	}
	if got := string(text[ev.Start:ev.End]); got != ev.Quote {
		return peyvand.Evidence{}, peyvand.Errorf(peyvand.EINVALID, "evidence: the source has %q at [%d, %d), not the quote", got, ev.Start, ev.End)
	}
	return peyvand.Evidence{SourceID: src.ID, Quote: ev.Quote, Start: ev.Start, End: ev.End}, nil
}
