package peyvand

import "testing"

// TestEdgeIDPrefix holds the ID prefixes to what stores rely on: a tenure
// ID (ten_) is a HOLDS edge and no other, every other edge ID is rel_, and
// node IDs tell their type.
func TestEdgeIDPrefix(t *testing.T) {
	for _, rt := range RelTypes {
		id := EdgeID(rt, "per_a", "org_b", "مدیر")
		if !IsEdgeID(id) || IsTenureID(id) != (rt == RelHolds) || TypeOfID(id) != "" {
			t.Errorf("%s: EdgeID = %s (IsTenureID %v)", rt, id, IsTenureID(id))
		}
	}
	for _, et := range EntityTypes {
		if id := NewID(et, "key"); TypeOfID(id) != et || IsEdgeID(id) {
			t.Errorf("%s: NewID = %s, TypeOfID %s", et, id, TypeOfID(id))
		}
	}
	if NewID(TypePerson, "a") == NewID(TypePerson, "b") || NewID(TypePerson, "a") != NewID(TypePerson, "a") {
		t.Errorf("NewID is not a stable function of its key")
	}
}
