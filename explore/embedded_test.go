package explore_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/explore"
)

// TestEmbeddedAgrees runs the questions on the embedded store, with its own
// degrees, and on the same graph seen through peyvand.Store alone, where
// explore reads edges instead: the answers must be the same.
func TestEmbeddedAgrees(t *testing.T) {
	ctx := context.Background()
	type answer struct {
		name string
		run  func(peyvand.Store) (any, error)
	}
	ids := func(v any, err error) (any, error) {
		switch x := v.(type) {
		case []*peyvand.Tenure:
			return tenureIDs(x), err
		case *explore.Path:
			if x == nil {
				return nil, err
			}
			return x.Nodes, err
		case *explore.Subgraph:
			if x == nil {
				return nil, err
			}
			return [2][]string{nodeIDs(x), edgeIDs(x)}, err
		}
		return v, err
	}
	tests := map[string][]answer{
		"succession.json": {
			{"history", func(st peyvand.Store) (any, error) {
				ts, is, err := explore.AppointmentHistory(ctx, st, "org_fars", "مدیر کل")
				return [2]any{tenureIDs(ts), is}, err
			}},
			{"holders", func(st peyvand.Store) (any, error) {
				return ids(explore.Holders(ctx, st, "org_fars", "", time.Date(2018, 1, 15, 0, 0, 0, 0, time.UTC)))
			}},
			{"career", func(st peyvand.Store) (any, error) { return ids(explore.Career(ctx, st, "per_a")) }},
		},
		"network.json": {
			{"path", func(st peyvand.Store) (any, error) {
				return ids(explore.ShortestPath(ctx, st, "per_3", "per_6", explore.PathOptions{}))
			}},
			{"k paths", func(st peyvand.Store) (any, error) {
				ps, err := explore.KShortestPaths(ctx, st, "per_1", "per_2", 5, explore.PathOptions{})
				var out [][]string
				for _, p := range ps {
					out = append(out, p.Nodes)
				}
				return out, err
			}},
			{"neighbourhood", func(st peyvand.Store) (any, error) {
				return ids(explore.Neighborhood(ctx, st, []string{"per_3"}, explore.NeighborhoodOptions{Depth: 2}))
			}},
			{"co-attendees", func(st peyvand.Store) (any, error) {
				ts, err := explore.CoAttendees(ctx, st, "per_1", 0)
				var out []string
				for _, t := range ts {
					out = append(out, t.Node.ID)
				}
				return out, err
			}},
			{"timeline", func(st peyvand.Store) (any, error) {
				es, err := explore.Timeline(ctx, st, []string{"per_1", "per_2"}, "", "")
				var out []string
				for _, e := range es {
					out = append(out, e.Date.ISO+e.Kind+e.Label)
				}
				return out, err
			}},
		},
	}
	for file, answers := range tests {
		generic := load(t, file)
		own := generic.emb
		for _, a := range answers {
			t.Run(file+"/"+a.name, func(t *testing.T) {
				want, err := a.run(generic)
				if err != nil {
					t.Fatal(err)
				}
				got, err := a.run(own)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("embedded store:           %v\nthrough peyvand.Store: %v", got, want)
				}
			})
		}
	}
}
