package extract

import "testing"

// TestDetachedEiInSurname checks that «ای» typed apart after a name word
// ending in «ه» (دره ای for دره‌ای) stays in the surname, and that «ای»
// after a common noun makes no name.
func TestDetachedEiInSurname(t *testing.T) {
	text := "در این مراسم، مهندس مینا دره ای رستمی به عنوان سرپرست اداره ورزش شهرستان تفت معرفی شد."
	a := analyze(text)
	found := false
	for _, p := range a.persons {
		if p.name == "مینا دره ای رستمی" {
			found = true
		}
	}
	if !found {
		t.Errorf("no person «مینا دره ای رستمی» in %v", a.persons)
	}
	b := analyze("در جلسه ای که دیروز برگزار شد، طرح بررسی شد.")
	if len(b.persons) != 0 {
		t.Errorf("persons %v in a sentence with none", b.persons)
	}
}
