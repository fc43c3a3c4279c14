package extract

import "testing"

// TestSurnameOfTwoWordsMention checks that a later mention that is the
// whole surname of a person named before, its first word also a given
// name («حسن زاده»), names that person, not a second one.
func TestSurnameOfTwoWordsMention(t *testing.T) {
	text := "تفاهم نامه با امضای دکتر سعید حسن زاده کرمانی مدیر آموزش و پرورش شهرستان تفت رسید.\n" +
		"حسن زاده گفت: این طرح در ۲۰ مدرسه اجرا می‌شود."
	a := analyze(text)
	for _, p := range a.persons {
		if p.name != "سعید حسن زاده کرمانی" {
			t.Errorf("person %q, want only «سعید حسن زاده کرمانی»", p.name)
		}
	}
}
