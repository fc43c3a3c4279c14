package extract

import (
	"slices"
	"testing"
)

// TestR10BDatelineOutletNoPerson checks «PLACE- X Y- ...»: a name-like
// outlet between a dateline's dashes («کرمان- سحر کویر-») is no person; a
// name after the dateline's one dash still is.
func TestR10BDatelineOutletNoPerson(t *testing.T) {
	names, _ := personsOf("کرمان- سحر کویر- اعضای شورای شهر امروز تشکیل جلسه دادند.")
	if slices.Contains(names, "سحر کویر") {
		t.Errorf("persons %q", names)
	}
	names, _ = personsOf("یزد- کاوه نیکو، مدیرکل بهزیستی استان گفت: کار ادامه دارد.")
	if !slices.Contains(names, "کاوه نیکو") {
		t.Errorf("persons %q", names)
	}
}
