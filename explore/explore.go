// Package explore answers the questions journalists and analysts put to the
// graph: who held a post and when, how two people are connected, what
// surrounds a node, who keeps turning up together, and what happened in what
// order. It works over any peyvand.Store and uses a store's faster native
// operations when the store offers them (see PathFinder and DegreeCounter).
//
// Errors are domain errors (peyvand.Error) with codes NOT_FOUND and
// INVALID_ARGUMENT for what a client can fix; store failures are wrapped.
package explore

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/curation"
	"github.com/peyvand/peyvand/persian"
)

// PathFinder is implemented by stores that find shortest paths natively (the
// Neo4j store). ShortestPath hands the search to it, under the same time
// budget, when the store has it; it returns the hops from from to to, or
// nil when there is no path within maxHops over the given types (either
// direction).
type PathFinder interface {
	ShortestPath(ctx context.Context, from, to string, maxHops int, types []peyvand.RelType) ([]*peyvand.Edge, error)
}

// DegreeCounter is implemented by stores that know a node's degree without
// reading its edges (the embedded store keeps adjacency in memory).
// Neighborhood uses it to rank neighbours when it must cut.
type DegreeCounter interface {
	Degree(id string) int
}

// DegreeReader is implemented by stores that count the degrees of many
// nodes in one round trip (the Neo4j store); Neighborhood uses it as it
// uses a DegreeCounter, so both stores rank and label alike.
type DegreeReader interface {
	Degrees(ctx context.Context, ids []string) (map[string]int, error)
}

// degreesOf returns the degrees of ids as st knows them, or nil when st
// knows none without reading edges.
func degreesOf(ctx context.Context, st peyvand.Store, ids []string) (map[string]int, error) {
	switch d := st.(type) {
	case DegreeCounter:
		m := make(map[string]int, len(ids))
		for _, id := range ids {
			m[id] = d.Degree(id)
		}
		return m, nil
	case DegreeReader:
		m, err := d.Degrees(ctx, ids)
		if err != nil {
			return nil, fmt.Errorf("degrees: %w", err)
		}
		for _, id := range ids {
			m[id] += 0
		}
		return m, nil
	}
	return nil, nil
}

// lookup returns the nodes with the given IDs, failing with NOT_FOUND when
// any is missing and INVALID_ARGUMENT when one is of a type not in want.
func lookup(ctx context.Context, st peyvand.Store, ids []string, want ...peyvand.EntityType) ([]*peyvand.Node, error) {
	if len(ids) == 0 {
		return nil, peyvand.Errorf(peyvand.EINVALID, "no node ID given")
	}
	for _, id := range ids {
		if id == "" {
			return nil, peyvand.Errorf(peyvand.EINVALID, "empty node ID")
		}
	}
	nodes, err := st.Nodes(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("read nodes: %w", err)
	}
	var missing []string
	for i, n := range nodes {
		if n == nil {
			missing = append(missing, ids[i])
			continue
		}
		if len(want) > 0 && !slices.Contains(want, n.Type) {
			return nil, peyvand.Errorf(peyvand.EINVALID, "%s is a %s, not a %s", ids[i], strings.ToLower(string(n.Type)), typeList(want))
		}
	}
	if len(missing) > 0 {
		return nil, peyvand.Errorf(peyvand.ENOTFOUND, "no node with ID %s", strings.Join(missing, ", "))
	}
	return nodes, nil
}

func typeList(ts []peyvand.EntityType) string {
	s := make([]string, len(ts))
	for i, t := range ts {
		s[i] = strings.ToLower(string(t))
	}
	return strings.Join(s, " or ")
}

// bounded checks an optional count argument: zero takes def, and anything
// outside 1..hi is INVALID_ARGUMENT.
func bounded(name string, v, def, hi int) (int, error) {
	switch {
	case v == 0:
		return def, nil
	case v < 0 || v > hi:
		return 0, peyvand.Errorf(peyvand.EINVALID, "%s %d is out of range 1..%d", name, v, hi)
	}
	return v, nil
}

// putText sets d[k] to v unless v is empty.
func putText(d map[string]any, k, v string) {
	if v != "" {
		d[k] = v
	}
}

// sortedIDs returns the keys of m in order.
func sortedIDs[V any](m map[string]V) []string {
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// other returns the end of e that is not id.
func other(e *peyvand.Edge, id string) string {
	if e.From == id {
		return e.To
	}
	return e.From
}

// sameRole reports whether two post titles name the same post
// (curation.RoleKey).
func sameRole(a, b string) bool { return curation.RoleKey(a) == curation.RoleKey(b) }

// parseISO reads a YYYY-MM-DD date; ok is false for anything else.
func parseISO(s string) (time.Time, bool) {
	t, err := time.Parse(time.DateOnly, s)
	return t, err == nil
}

// checkISO validates an optional YYYY-MM-DD argument.
func checkISO(name, s string) error {
	if s == "" {
		return nil
	}
	if _, ok := parseISO(s); !ok {
		return peyvand.Errorf(peyvand.EINVALID, "%s %q is not a date of the form YYYY-MM-DD", name, s)
	}
	return nil
}

// span returns the first and last day a date may mean (peyvand.Date.Span).
func span(d *peyvand.Date) (first, last time.Time, ok bool) { return d.Span() }

// solarHijri returns d's Solar Hijri YYYY-MM-DD, converting the ISO date when
// the stored date lacks it.
func solarHijri(d *peyvand.Date) string {
	if d == nil {
		return ""
	}
	if d.SolarHijri != "" {
		return d.SolarHijri
	}
	t, ok := parseISO(d.ISO)
	if !ok {
		return ""
	}
	return persian.SolarHijriOf(t)
}
