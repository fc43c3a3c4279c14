package extract

import "testing"

// TestCitySurnameWithEnding checks that a one-word city after a given name
// and before a detached surname ending (زابلی فر، اردکانی نژاد) is read
// with it as the person's surname.
func TestCitySurnameWithEnding(t *testing.T) {
	for text, want := range map[string]string{
		"مهندس کیوان زابلی فر گفت: این طرح پیشرفت دارد.":      "کیوان زابلی فر",
		"در این نشست، نسرین مرندی نژاد درباره طرح توضیح داد.": "نسرین مرندی نژاد",
	} {
		a := analyze(text)
		found := false
		for _, p := range a.persons {
			if p.name == want {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no person %q", text, want)
		}
	}
}
