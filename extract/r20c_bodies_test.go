package extract

import (
	"slices"
	"testing"
)

// TestR20CLocalOfficeThenObject checks that a local office named alone,
// then a common noun with a determiner after it («استانداری پیشرفت این
// همکاری را ...»), is the office alone, while an office with its town
// keeps the town.
func TestR20CLocalOfficeThenObject(t *testing.T) {
	got := orgNames(t, "رسول بهارلونیا گفت: استانداری پیشرفت این همکاری را هر سه ماه بررسی می‌کند.")
	if slices.Contains(got, "استانداری پیشرفت") {
		t.Errorf("bodies %q, want no «استانداری پیشرفت»", got)
	}
	got = orgNames(t, "رسول بهارلونیا گفت: شهرداری کرمان این طرح را تا پایان سال تمام می‌کند.")
	if !slices.Contains(got, "شهرداری کرمان") {
		t.Errorf("bodies %q, want «شهرداری کرمان»", got)
	}
}
