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

func TestQueryValidate(t *testing.T) {
	good := []Query{{}, {Text: "x", Types: []EntityType{TypePerson}, Sort: SortDate, From: "2025-03-02", To: "2025-12-31", Offset: 5, Limit: 10}}
	for _, q := range good {
		if err := q.Validate(); err != nil {
			t.Errorf("%+v: %v", q, err)
		}
	}
	bad := map[string]Query{
		"negative offset": {Offset: -1},
		"negative limit":  {Limit: -1},
		"unknown type":    {Types: []EntityType{"ALIEN"}},
		"unknown sort":    {Sort: "SIZE"},
		"Solar Hijri":     {From: "1403/12/12"},
		"not a date":      {To: "2025-3-2"},
	}
	for name, q := range bad {
		if err := q.Validate(); ErrorCode(err) != EINVALID {
			t.Errorf("%s: err = %v, want INVALID_ARGUMENT", name, err)
		}
	}
}
