package upsert

import (
	"slices"
	"testing"

	"github.com/peyvand/peyvand"
)

func TestMergeNodeKeepsTheStoredNameAndKind(t *testing.T) {
	stored := &peyvand.Node{ID: "per_1", Type: peyvand.TypePerson, Name: "ساسان ساسانی‌زاده", Kind: "a", Aliases: []string{"ساسانی‌زاده"}}
	got := MergeNode(stored, &peyvand.Node{Name: "ساسان ساسانی زاده نو", Kind: "b", Aliases: []string{"ساسانی زاده"}})
	if got.Name != "ساسان ساسانی‌زاده" || got.Kind != "a" || !slices.Equal(got.Aliases, []string{"ساسانی‌زاده", "ساسان ساسانی زاده نو"}) {
		t.Errorf("merged = %q %q %q", got.Name, got.Kind, got.Aliases)
	}
	if stored.Name != "ساسان ساسانی‌زاده" || len(stored.Aliases) != 1 {
		t.Errorf("MergeNode modified its argument: %+v", stored)
	}
	if got := MergeNode(&peyvand.Node{Name: "x"}, &peyvand.Node{Kind: "b"}); got.Kind != "b" {
		t.Errorf("a missing kind was not filled: %+v", got)
	}
}

func TestRetarget(t *testing.T) {
	e := &peyvand.Edge{ID: "rel_x", Type: peyvand.RelParticipated, From: "per_a", To: "evt_1", Role: peyvand.PartChair}
	moved, ok := Retarget(e, "per_a", "per_b")
	if !ok || moved.From != "per_b" || moved.ID != peyvand.EdgeID(peyvand.RelParticipated, "per_b", "evt_1", peyvand.PartChair) || e.From != "per_a" {
		t.Errorf("Retarget = %+v, %v (original %+v)", moved, ok, e)
	}
	loop := &peyvand.Edge{ID: "rel_y", Type: peyvand.RelSucceeded, From: "per_a", To: "per_b"}
	if _, ok := Retarget(loop, "per_a", "per_b"); ok {
		t.Errorf("Retarget made a self loop")
	}
}

func TestSameNodeIgnoresOnlyTimestamps(t *testing.T) {
	a := &peyvand.Node{ID: "per_1", Name: "x", Evidence: []peyvand.Evidence{{SourceID: "src_1", Start: 1}}}
	b := CloneNode(a)
	if !SameNode(a, b) {
		t.Errorf("a copy differs")
	}
	b.Evidence[0].Start = 2
	if SameNode(a, b) {
		t.Errorf("different evidence compared equal")
	}
}

func TestRetargetGivesTheWritersEdgeID(t *testing.T) {
	e := &peyvand.Edge{ID: "ten_x", Type: peyvand.RelHolds, From: "per_a", To: "org_1", Role: "مدير  كل"}
	moved, ok := Retarget(e, "per_a", "per_b")
	if want := peyvand.EdgeID(peyvand.RelHolds, "per_b", "org_1", "مدیر کل"); !ok || moved.ID != want || moved.Role != e.Role {
		t.Errorf("moved tenure %s %q, want %s keeping the role as written", moved.ID, moved.Role, want)
	}
}
