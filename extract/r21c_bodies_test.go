package extract

import (
	"slices"
	"strings"
	"testing"
)

// r21cHasBody reports a body (its name, then its aliases) named want.
func r21cHasBody(got []string, want string) bool {
	return slices.ContainsFunc(got, func(s string) bool { return s == want || strings.HasPrefix(s, want+"|") })
}

// TestR21CSeatAfterDash checks that a provincial directorate's seat,
// written after a dash («... مازندران - نوشهر»), is part of its name, and
// that a city of another province after a dash is not.
func TestR21CSeatAfterDash(t *testing.T) {
	const want = "اداره کل منابع طبیعی و آبخیزداری مازندران - نوشهر"
	got := orgNames(t, "رسول بهارلونیا، معاون فنی اداره کل منابع طبیعی و آبخیزداری مازندران - نوشهر، از کاشت ۲۰ هزار نهال خبر داد.")
	if !r21cHasBody(got, want) {
		t.Errorf("bodies %q, want %q", got, want)
	}
	got = orgNames(t, "رسول بهارلونیا، معاون فنی اداره کل منابع طبیعی و آبخیزداری مازندران - کرمان، از کاشت ۲۰ هزار نهال خبر داد.")
	if r21cHasBody(got, "اداره کل منابع طبیعی و آبخیزداری مازندران - کرمان") {
		t.Errorf("bodies %q, want no seat of another province", got)
	}
}
