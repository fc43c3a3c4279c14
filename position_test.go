package peyvand

import "testing"

// TestPositionIDLeadsBackToItsOrganization checks that a position ID names
// its organization, so node(id:) can find the post from the ID alone.
func TestPositionIDLeadsBackToItsOrganization(t *testing.T) {
	org := NewID(TypeOrganization, "a made-up body")
	for _, o := range []string{org, "org_with_underscores"} {
		id := PositionID(o, "مدیر کل")
		if !IsPositionID(id) || PositionOrganization(id) != o {
			t.Errorf("PositionID(%s) = %s leads to %q", o, id, PositionOrganization(id))
		}
		if PositionID(o, "معاون") == id {
			t.Errorf("two posts of %s share the ID %s", o, id)
		}
	}
	for _, bad := range []string{"org_x", "pos_", "pos_abc", "ten_abc_def"} {
		if got := PositionOrganization(bad); got != "" {
			t.Errorf("PositionOrganization(%q) = %q, want none", bad, got)
		}
	}
}
