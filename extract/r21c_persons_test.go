package extract

import (
	"slices"
	"testing"
)

// r21cPersonNames returns the persons of a made-up one-article file.
func r21cPersonNames(t *testing.T, text string) []string {
	t.Helper()
	doc, err := File("t.txt", []byte(text+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range doc.Persons {
		out = append(out, p.Name)
	}
	return out
}

// TestR21COrdinalAfterSurname checks that an ordinal in «ین» after a
// surname («بهارلونیا نهمین رئیس ...») is not read as part of the name.
func TestR21COrdinalAfterSurname(t *testing.T) {
	text := "رسول بهارلونیا به سمت رئیس اداره برق شهرستان دامغان منصوب شد.\n\n" +
		"به گفته وی، بهارلونیا نهمین رئیس اداره برق شهرستان دامغان از زمان تأسیس آن است."
	got := r21cPersonNames(t, text)
	if !slices.Equal(got, []string{"رسول بهارلونیا"}) {
		t.Errorf("persons %q, want only «رسول بهارلونیا»", got)
	}
}

// TestR21CCommonGivenBeforeOriginCompound checks that a given name that is
// also a word («امید») is a name before a compound surname whose second
// word is a nisba of origin (شاکرمنش‌کاشانی).
func TestR21CCommonGivenBeforeOriginCompound(t *testing.T) {
	got := r21cPersonNames(t, "امید شاکرمنش‌کاشانی، رئیس اداره برق شهرستان لاهیجان، در این آیین گفت: شبکه روستاها نوسازی می‌شود.")
	if !slices.Contains(got, "امید شاکرمنش‌کاشانی") {
		t.Errorf("persons %q, want «امید شاکرمنش‌کاشانی»", got)
	}
}

// TestR21CNoPersonInCityOrMonth checks that a given name inside a listed
// city's name («گنبد کاووس») or a month after «تا» («تا بهمن») starts no
// person, and that «سمت» (a post) is no surname.
func TestR21CNoPersonInCityOrMonth(t *testing.T) {
	for _, text := range []string{
		"رسول بهارلونیا گفت: «گنبد کاووس آماده برگزاری مسابقات کشوری است.»",
		"رسول بهارلونیا افزود: ۳۰۰ واحد تا بهمن آماده تحویل است.",
		"در حکم دیگری که امروز صادر شد، سمت ریاست اداره برق شهرستان دامغان به دکتر رسول بهارلونیا سپرده شد.",
	} {
		got := r21cPersonNames(t, text)
		if !slices.Equal(got, []string{"رسول بهارلونیا"}) {
			t.Errorf("%s: persons %q, want only «رسول بهارلونیا»", text, got)
		}
	}
}

// TestR21CGivenAfterAnd checks that «و» before a given name does not glue
// on to it as a city's name («و رامین» is not ورامین).
func TestR21CGivenAfterAnd(t *testing.T) {
	got := r21cPersonNames(t, "از خدمات ماهان ترکمان‌پور تقدیر شد و رامین بهارلونیا به عنوان دبیر هیئت منصوب شد.")
	if !slices.Contains(got, "رامین بهارلونیا") {
		t.Errorf("persons %q, want «رامین بهارلونیا»", got)
	}
}
