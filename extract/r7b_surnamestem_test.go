package extract

import "testing"

// TestHeadNounAsSurnameStem checks that a one-word head noun or known body
// after a given name and before a detached «پور»/«زاده»/«نژاد» is a
// surname's stem: the person is found and no body is made of it.
func TestHeadNounAsSurnameStem(t *testing.T) {
	for _, text := range []string{
		"در جلسه شورای اسلامی شهر بجنورد، مینا راد نایب‌رئیس و بهرام سپاه پور منشی شورا شدند.",
		"نادر دانشگاه زاده، رئیس اداره ورزش شهرستان تفت، گفت.",
	} {
		a := analyze(text)
		found := false
		for _, p := range a.persons {
			if p.name == "بهرام سپاه پور" || p.name == "نادر دانشگاه زاده" {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no person with a head noun as surname stem", text)
		}
		for _, o := range a.orgs {
			if o.name == "سپاه پور" || o.name == "سپاه" || o.name == "دانشگاه زاده" {
				t.Errorf("%q: body %q made of a surname", text, o.name)
			}
		}
	}
}
