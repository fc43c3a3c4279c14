package explore

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/peyvand/peyvand"
)

// Limits of co-occurrence lists.
const (
	DefaultTies = 20
	MaxTies     = 1000
)

// Tie is a node that keeps company with another: a person at the same
// events, or a body with the same members.
type Tie struct {
	Node *peyvand.Node `json:"node"`
	// Shared counts what the two have in common, and Via lists it: the IDs
	// of the shared events, or of the shared members.
	Shared int      `json:"shared"`
	Via    []string `json:"via"`
}

// CoAttendees returns the people who took part in the same events as person
// personID, most shared events first (ties broken by ID), at most limit of
// them (DefaultTies when zero, at most MaxTies).
func CoAttendees(ctx context.Context, st peyvand.Store, personID string, limit int) ([]Tie, error) {
	return ties(ctx, st, personID, limit, peyvand.TypePerson, peyvand.RelParticipated, "co-attendees")
}

// SharedMembers returns the bodies that share members with organization
// orgID — people holding a post in both — most shared members first, at
// most limit of them (DefaultTies when zero, at most MaxTies).
func SharedMembers(ctx context.Context, st peyvand.Store, orgID string, limit int) ([]Tie, error) {
	return ties(ctx, st, orgID, limit, peyvand.TypeOrganization, peyvand.RelHolds, "shared members")
}

// ties walks from id over its edges of type rt to the nodes in between, and
// back to the nodes of id's type that share them. For a person and
// PARTICIPATED_IN the walk is person → event ← person; for a body and HOLDS
// it is body ← person → body.
func ties(ctx context.Context, st peyvand.Store, id string, limit int, t peyvand.EntityType, rt peyvand.RelType, what string) ([]Tie, error) {
	limit, err := bounded("limit", limit, DefaultTies, MaxTies)
	if err != nil {
		return nil, err
	}
	start, err := lookup(ctx, st, []string{id}, t)
	if err != nil {
		return nil, err
	}
	id = start[0].ID
	there, back := peyvand.Out, peyvand.In
	if t == peyvand.TypeOrganization {
		there, back = peyvand.In, peyvand.Out
	}
	first, err := st.EdgesOf(ctx, []string{id}, there, rt)
	if err != nil {
		return nil, fmt.Errorf("%s of %s: %w", what, id, err)
	}
	var middle []string
	for _, e := range first[id] {
		if m := other(e, id); !slices.Contains(middle, m) {
			middle = append(middle, m)
		}
	}
	if len(middle) == 0 {
		return []Tie{}, nil
	}
	second, err := st.EdgesOf(ctx, middle, back, rt)
	if err != nil {
		return nil, fmt.Errorf("%s of %s: %w", what, id, err)
	}
	via := map[string][]string{}
	for _, m := range middle {
		for _, e := range second[m] {
			o := other(e, m)
			if o == id || slices.Contains(via[o], m) {
				continue
			}
			via[o] = append(via[o], m)
		}
	}
	others := sortedIDs(via)
	slices.SortStableFunc(others, func(a, b string) int { return -cmp.Compare(len(via[a]), len(via[b])) })
	if len(others) > limit {
		others = others[:limit]
	}
	nodes, err := st.Nodes(ctx, others)
	if err != nil {
		return nil, fmt.Errorf("%s of %s: %w", what, id, err)
	}
	out := make([]Tie, 0, len(others))
	for i, n := range nodes {
		if n == nil {
			continue
		}
		v := via[others[i]]
		slices.Sort(v)
		out = append(out, Tie{Node: n, Shared: len(v), Via: v})
	}
	return out, nil
}

// SharedEvents returns the events both a and b took part in — two persons,
// two bodies, or one of each — by date (undated last), then ID.
func SharedEvents(ctx context.Context, st peyvand.Store, a, b string) ([]*peyvand.Node, error) {
	ends, err := lookup(ctx, st, []string{a, b}, peyvand.TypePerson, peyvand.TypeOrganization)
	if err != nil {
		return nil, err
	}
	ids := []string{ends[0].ID, ends[1].ID}
	if ids[0] == ids[1] {
		return nil, peyvand.Errorf(peyvand.EINVALID, "%s and %s are the same node", a, b)
	}
	es, err := st.EdgesOf(ctx, ids, peyvand.Out, peyvand.RelParticipated, peyvand.RelInvolved)
	if err != nil {
		return nil, fmt.Errorf("shared events of %s and %s: %w", a, b, err)
	}
	inA := map[string]bool{}
	for _, e := range es[ids[0]] {
		inA[e.To] = true
	}
	var shared []string
	for _, e := range es[ids[1]] {
		if inA[e.To] && !slices.Contains(shared, e.To) {
			shared = append(shared, e.To)
		}
	}
	if len(shared) == 0 {
		return []*peyvand.Node{}, nil
	}
	nodes, err := st.Nodes(ctx, shared)
	if err != nil {
		return nil, fmt.Errorf("shared events of %s and %s: %w", a, b, err)
	}
	nodes = slices.DeleteFunc(nodes, func(n *peyvand.Node) bool { return n == nil })
	slices.SortFunc(nodes, compareByDate)
	return nodes, nil
}

// compareByDate orders nodes by date, undated last, then by ID.
func compareByDate(a, b *peyvand.Node) int {
	da, db := "", ""
	if a.Date != nil {
		da = a.Date.ISO
	}
	if b.Date != nil {
		db = b.Date.ISO
	}
	if (da == "") != (db == "") {
		if da == "" {
			return 1
		}
		return -1
	}
	return cmp.Or(cmp.Compare(da, db), cmp.Compare(a.ID, b.ID))
}
