package extract

import (
	"slices"
	"testing"
)

// TestR24CPostFieldAfterPairNoPerson checks that the word after «و» which
// ends a fixed pair in a post's field («معاون حمل و نقل و ترافیک
// شهردار»، «معاون آب و فاضلاب و بهداشت شهردار») is no person in
// apposition to the post after it, while a surname after «و» is.
func TestR24CPostFieldAfterPairNoPerson(t *testing.T) {
	for _, text := range []string{
		"نشست شورا با حضور مهندس کامران دلفروزی‌پور معاون حمل و نقل و ترافیک شهردار کاشان برگزار شد.",
		"نشست شورا با حضور مهندس کامران دلفروزی‌پور معاون آب و فاضلاب و بهداشت شهردار کاشان برگزار شد.",
	} {
		names, _ := personsOf(text)
		if len(names) != 1 {
			t.Errorf("persons %q, want کامران دلفروزی‌پور alone", names)
		}
	}
	names, _ := personsOf("نشست شورا با حضور کامران دلفروزی‌پور و نیک‌سرشت شهردار کاشان برگزار شد.")
	if !slices.Contains(names, "نیک‌سرشت") {
		t.Errorf("persons %q, want نیک‌سرشت too", names)
	}
}

// TestR24CCommonWordGivenName checks that «ارکان» ("pillars") is read as
// a given name only where it names a person (after a title), not in «از
// ارکان اقتصاد ...».
func TestR24CCommonWordGivenName(t *testing.T) {
	names, _ := personsOf("کارخانه قند نیشابور از ارکان اقتصاد محلی شهرستان است.")
	if len(names) != 0 {
		t.Errorf("persons %q, want none", names)
	}
	names, _ = personsOf("مهندس ارکان قلیچ‌نیا در این نشست گفت: کار آغاز شد.")
	if !slices.Contains(names, "ارکان قلیچ‌نیا") {
		t.Errorf("persons %q, want ارکان قلیچ‌نیا", names)
	}
}
