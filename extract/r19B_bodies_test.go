package extract

import (
	"slices"
	"testing"
)

func r19bBodies(t *testing.T, text string) []string {
	t.Helper()
	doc, err := File("made-up.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range doc.Organizations {
		got = append(got, o.Name)
	}
	return got
}

// TestR19BFromVerbNoun checks «از BODY حمایت کامل خواهد کرد»: the noun of
// the compound verb, with a manner word before its light verb, is no word
// of the body's name.
func TestR19BFromVerbNoun(t *testing.T) {
	got := r19bBodies(t, "ساری- کامران نیک‌گهر گفت: فرمانداری ساری از انجمن صنفی نانوایان حمایت کامل خواهد کرد.")
	if !slices.Contains(got, "انجمن صنفی نانوایان") {
		t.Errorf("bodies %q, want «انجمن صنفی نانوایان»", got)
	}
}

// TestR19BZincInName checks «روی» after a word of the metal industry: zinc,
// a word of the name, not the preposition.
func TestR19BZincInName(t *testing.T) {
	got := r19bBodies(t, "زنجان- بهمن کیاپور مدیرعامل شرکت تعاونی کارکنان صنعت روی زنجان شد.")
	if !slices.Contains(got, "شرکت تعاونی کارکنان صنعت روی زنجان") {
		t.Errorf("bodies %q, want «شرکت تعاونی کارکنان صنعت روی زنجان»", got)
	}
}

// TestR19BPortCounty checks a port town's county named without «بندر»
// («شهرستان لنگه»): the county closes the body's name.
func TestR19BPortCounty(t *testing.T) {
	got := r19bBodies(t, "بندرعباس- سارا نیک‌اندیش رئیس اداره ورزش و جوانان شهرستان لنگه شد و از فردا کار خود را آغاز می‌کند.")
	if !slices.Contains(got, "اداره ورزش و جوانان شهرستان لنگه") {
		t.Errorf("bodies %q, want «اداره ورزش و جوانان شهرستان لنگه»", got)
	}
}

// TestR19BBareLocalityEnd checks a name ending with a bare «روستا» or
// «منطقه» that refers back to the village or area: no body of that name.
func TestR19BBareLocalityEnd(t *testing.T) {
	got := r19bBodies(t, "سمیرم- کامران نیک‌پرور پس از بازدید از روستای الف‌آباد در مسجد جامع روستا با اهالی دیدار کرد.\n\n"+
		"وی گفت: تعاونی کشاورزان آماده است مرکز خدمات مکانیزاسیون کشاورزی منطقه باشد.")
	for _, g := range got {
		if g == "مسجد جامع روستا" || g == "مرکز خدمات مکانیزاسیون کشاورزی منطقه" {
			t.Errorf("bodies %q, want no body ending with a bare locality word", got)
		}
	}
}
