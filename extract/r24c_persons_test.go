package extract

import (
	"slices"
	"strings"
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
	names, _ := personsOf("نشست شورا با حضور کامران دلفروزی‌پور و نیک‌پندار شهردار کاشان برگزار شد.")
	if !slices.Contains(names, "نیک‌پندار") {
		t.Errorf("persons %q, want نیک‌پندار too", names)
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

// TestR24CCitySurname checks surnames made of a town's name after a
// given name: a two-word town with the «ی» of origin on its last word
// («عجب شیری») and a one-word town before a word of origin
// («مینودشت سرخی»); a town after a full name stays a place.
func TestR24CCitySurname(t *testing.T) {
	for text, want := range map[string]string{
		"دکتر کاوه عجب شیری، مدیرکل ورزش و جوانان استان قزوین، در این آیین گفت: کار آغاز شد.": "کاوه عجب شیری",
		"دکتر کاوه مینودشت سرخی رئیس دانشگاه در این آیین گفت: کار آغاز شد.":                   "کاوه مینودشت سرخی",
	} {
		names, _ := personsOf(text)
		for k := range names {
			names[k] = strings.ReplaceAll(names[k], "ئ", "ی") // the output may fold «ئ» to «ی»
		}
		if !slices.Contains(names, strings.ReplaceAll(want, "ئ", "ی")) {
			t.Errorf("persons %q, want %s", names, want)
		}
	}
	names, _ := personsOf("کاوه نیک‌پندار مینودشت را به مقصد گرگان ترک کرد.")
	if len(names) != 1 || names[0] != "کاوه نیک‌پندار" {
		t.Errorf("persons %q, want کاوه نیک‌پندار alone", names)
	}
}

// TestR24CCommonGivenBeforeShortSuffix checks that a given name that is
// also a common word («امید») names a person before a surname whose
// ending after a non-joiner is short («... ‌فر»), and stays a word before
// a noun that merely ends in those letters («سفر»).
func TestR24CCommonGivenBeforeShortSuffix(t *testing.T) {
	names, _ := personsOf("مدیرکل ورزش و جوانان استان طی حکمی امید شهبازیان‌راد را به سمت سرپرست هیئت شنا منصوب کرد.")
	if !slices.Contains(names, "امید شهبازیان‌راد") {
		t.Errorf("persons %q, want امید شهبازیان‌راد", names)
	}
	names, _ = personsOf("کاروان با امید سفر را آغاز کرد.")
	if len(names) != 0 {
		t.Errorf("persons %q, want none", names)
	}
}

// TestR24CCitySurnameToldAlone checks that a surname of two words whose
// first is a town's name («مینودشت سرخی»), told alone after the full
// name, names the person.
func TestR24CCitySurnameToldAlone(t *testing.T) {
	text := "دکتر کاوه مینودشت سرخی رئیس دانشگاه در این آیین گفت: کار آغاز شد. در حاشیه این آیین، مینودشت سرخی از گلخانه دانشکده بازدید کرد."
	a := analyze(text)
	n := 0
	for _, p := range a.persons {
		if p.name == "مینودشت سرخی" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d mentions «مینودشت سرخی» told alone, want 1", n)
	}
}
