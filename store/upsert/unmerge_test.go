package upsert

import (
	"slices"
	"testing"

	"github.com/peyvand/peyvand"
)

// TestUnmoveEdgeIsThreeWay checks the rule for an edge the merge wrote:
// what the merge brought goes, what changed since the merge stays.
func TestUnmoveEdgeIsThreeWay(t *testing.T) {
	ev := func(n int) peyvand.Evidence { return peyvand.Evidence{SourceID: "src_1", Start: n, End: n + 1} }
	day := func(iso string) *peyvand.Date { return &peyvand.Date{ISO: iso} }
	edge := func(f func(e *peyvand.Edge)) *peyvand.Edge {
		e := &peyvand.Edge{ID: "ten_1", Type: peyvand.RelHolds, From: "per_a", To: "org_b", Role: "مدیر"}
		f(e)
		return e
	}
	tests := []struct {
		name           string
		before, after  *peyvand.Edge
		cur            *peyvand.Edge
		keep           bool
		wantEvidence   []peyvand.Evidence
		wantStart, end string
		wantBegan      string
	}{
		{
			name:  "made by the merge, unchanged since",
			after: edge(func(e *peyvand.Edge) { e.Start, e.Evidence = day("2024-01-01"), []peyvand.Evidence{ev(1)} }),
			cur:   edge(func(e *peyvand.Edge) { e.Start, e.Evidence = day("2024-01-01"), []peyvand.Evidence{ev(1)} }),
			keep:  false,
		},
		{
			name:         "made by the merge, cited again since",
			after:        edge(func(e *peyvand.Edge) { e.Start, e.Evidence = day("2024-01-01"), []peyvand.Evidence{ev(1)} }),
			cur:          edge(func(e *peyvand.Edge) { e.Start, e.Evidence = day("2024-01-01"), []peyvand.Evidence{ev(1), ev(2)} }),
			keep:         true,
			wantEvidence: []peyvand.Evidence{ev(2)},
		},
		{
			name:   "joined by the merge, its end changed since",
			before: edge(func(e *peyvand.Edge) { e.Evidence = []peyvand.Evidence{ev(0)} }),
			after: edge(func(e *peyvand.Edge) {
				e.Began, e.End, e.Evidence = peyvand.BeganDecree, day("2024-06-01"), []peyvand.Evidence{ev(0), ev(1)}
			}),
			cur: edge(func(e *peyvand.Edge) {
				e.Began, e.End, e.Evidence = peyvand.BeganDecree, day("2024-09-01"), []peyvand.Evidence{ev(0), ev(1)}
			}),
			keep:         true,
			wantEvidence: []peyvand.Evidence{ev(0)},
			end:          "2024-09-01",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, keep := unmoveEdge(MovedEdge{Before: tt.before, After: tt.after}, tt.cur)
			if keep != tt.keep {
				t.Fatalf("keep = %v, want %v", keep, tt.keep)
			}
			if !keep {
				return
			}
			if !slices.Equal(got.Evidence, tt.wantEvidence) {
				t.Errorf("evidence = %v, want %v", got.Evidence, tt.wantEvidence)
			}
			if iso(got.Start) != tt.wantStart || iso(got.End) != tt.end || got.Began != tt.wantBegan {
				t.Errorf("start %q end %q began %q, want %q %q %q", iso(got.Start), iso(got.End), got.Began, tt.wantStart, tt.end, tt.wantBegan)
			}
		})
	}
}

func iso(d *peyvand.Date) string {
	if d == nil {
		return ""
	}
	return d.ISO
}
