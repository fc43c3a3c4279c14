package extract

import (
	"strings"
	"testing"
)

// TestR10A3BranchNamedByTown checks that a bank's branch named by its town
// before the bank («شعبه X بانک Y») is one body, the town inside its name.
func TestR10A3BranchNamedByTown(t *testing.T) {
	got := orgNames(t, "کیوان شریفی‌راد رئیس شعبه ملایر بانک سپه در این نشست سخن گفت.")
	found := false
	for _, g := range got {
		if strings.Split(g, "|")[0] == "شعبه ملایر بانک سپه" {
			found = true
		}
		if strings.Split(g, "|")[0] == "شعبه ملایر" {
			t.Errorf("bodies %q, want the branch's name to go on to the bank", got)
		}
	}
	if !found {
		t.Errorf("bodies %q, want «شعبه ملایر بانک سپه»", got)
	}
}
