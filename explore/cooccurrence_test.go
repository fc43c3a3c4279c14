package explore_test

import (
	"context"
	"slices"
	"testing"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/explore"
)

type tieWant struct {
	id  string
	via []string
}

func checkTies(t *testing.T, got []explore.Tie, want []tieWant) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d ties, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		if got[i].Node.ID != w.id || got[i].Shared != len(w.via) || !slices.Equal(got[i].Via, w.via) {
			t.Errorf("tie %d = %s shared %d via %v, want %s via %v", i, got[i].Node.ID, got[i].Shared, got[i].Via, w.id, w.via)
		}
	}
}

func TestCoAttendees(t *testing.T) {
	st := load(t, "network.json")
	tests := []struct {
		person string
		limit  int
		want   []tieWant
	}{
		{"per_1", 0, []tieWant{{"per_4", []string{"evt_1", "evt_2"}}, {"per_3", []string{"evt_1"}}, {"per_5", []string{"evt_2"}}}},
		{"per_1", 1, []tieWant{{"per_4", []string{"evt_1", "evt_2"}}}},
		{"per_6", 0, []tieWant{{"per_4", []string{"evt_3"}}}},
		{"per_9", 0, []tieWant{}},
	}
	for _, tc := range tests {
		got, err := explore.CoAttendees(context.Background(), st, tc.person, tc.limit)
		if err != nil {
			t.Fatal(err)
		}
		checkTies(t, got, tc.want)
	}
}

func TestSharedMembers(t *testing.T) {
	st := load(t, "network.json")
	got, err := explore.SharedMembers(context.Background(), st, "org_1", 0)
	if err != nil {
		t.Fatal(err)
	}
	checkTies(t, got, []tieWant{{"org_2", []string{"per_2"}}})
	got, err = explore.SharedMembers(context.Background(), st, "org_3", 0)
	if err != nil || len(got) != 0 {
		t.Errorf("org_3 = %v, %v; want none", got, err)
	}
}

func TestSharedEvents(t *testing.T) {
	st := load(t, "network.json")
	tests := []struct {
		a, b string
		want []string
	}{
		{"per_1", "per_4", []string{"evt_1", "evt_2"}},
		{"org_1", "org_3", []string{"evt_1"}},
		{"per_5", "org_3", []string{"evt_2"}},
		{"per_6", "per_1", []string{}},
	}
	for _, tc := range tests {
		got, err := explore.SharedEvents(context.Background(), st, tc.a, tc.b)
		if err != nil {
			t.Fatal(err)
		}
		ids := []string{}
		for _, n := range got {
			ids = append(ids, n.ID)
		}
		if !slices.Equal(ids, tc.want) {
			t.Errorf("%s & %s = %v, want %v", tc.a, tc.b, ids, tc.want)
		}
	}
}

func TestCooccurrenceErrors(t *testing.T) {
	st := load(t, "network.json")
	ctx := context.Background()
	tests := []struct {
		name string
		call func() error
		code string
	}{
		{"co-attendees of a body", func() error { _, err := explore.CoAttendees(ctx, st, "org_1", 0); return err }, peyvand.EINVALID},
		{"co-attendees of nobody", func() error { _, err := explore.CoAttendees(ctx, st, "per_none", 0); return err }, peyvand.ENOTFOUND},
		{"limit too high", func() error { _, err := explore.CoAttendees(ctx, st, "per_1", explore.MaxTies+1); return err }, peyvand.EINVALID},
		{"shared members of a person", func() error { _, err := explore.SharedMembers(ctx, st, "per_1", 0); return err }, peyvand.EINVALID},
		{"shared events with an event", func() error { _, err := explore.SharedEvents(ctx, st, "per_1", "evt_1"); return err }, peyvand.EINVALID},
		{"shared events with oneself", func() error { _, err := explore.SharedEvents(ctx, st, "per_1", "per_1"); return err }, peyvand.EINVALID},
		{"shared events with nobody", func() error { _, err := explore.SharedEvents(ctx, st, "per_1", "per_none"); return err }, peyvand.ENOTFOUND},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if code := peyvand.ErrorCode(tc.call()); code != tc.code {
				t.Errorf("code = %q, want %q", code, tc.code)
			}
		})
	}
}
