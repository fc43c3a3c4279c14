package extract

import "testing"

// TestFacilityNamesake checks that a name with no title told at least
// twice right after a facility's head (بیمارستان X، مرکز آموزشی درمانی X)
// and never otherwise is the facility's namesake, no person, and that the
// facility's name takes it in.
func TestFacilityNamesake(t *testing.T) {
	text := "بخش جدید مرکز آموزشی درمانی حکیم کیانی بجنورد افتتاح شد.\n" +
		"به گزارش روابط عمومی دانشگاه علوم پزشکی خراسان شمالی، بخش جدید مرکز آموزشی درمانی حکیم کیانی با حضور دکتر مینا راد، رئیس دانشگاه، افتتاح شد.\n" +
		"ساختمان اورژانس مرکز آموزشی درمانی حکیم کیانی که در حال ساخت است، بازدید شد."
	a := analyze(text)
	for _, p := range a.persons {
		if p.name == "حکیم کیانی" {
			t.Errorf("namesake read as a person: %v", a.persons)
		}
	}
	found := false
	for _, p := range a.persons {
		if p.name == "مینا راد" {
			found = true
		}
	}
	if !found {
		t.Errorf("titled person lost: %v", a.persons)
	}
}
