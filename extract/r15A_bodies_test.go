package extract

import (
	"strings"
	"testing"
)

// r15aHas reports a body named name (its first form) among got.
func r15aHas(got []string, name string) bool {
	for _, g := range got {
		if strings.Split(g, "|")[0] == name {
			return true
		}
	}
	return false
}

// The perfect of داشتن is a light verb: its noun («مشارکت داشته‌اند»)
// ends a body's name.
func TestR15APerfectOfHave(t *testing.T) {
	got := orgNames(t, "بهرام نیک‌سرشت‌پور گفت: خیرین در ساخت و تجهیز بیمارستان مشارکت داشته‌اند.")
	for _, g := range got {
		if strings.Contains(g, "مشارکت") {
			t.Errorf("the verb's noun in a name: %q", got)
		}
	}
}
