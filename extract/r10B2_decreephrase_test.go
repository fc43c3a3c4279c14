package extract

import (
	"slices"
	"testing"
)

// TestR10B2DecreeBeforePredicate checks «الف (نیز) با حکم R (منتخب/جدید)
// سرپرست جدید BODY شد»: the decree's issuer told by post between the
// subject and the predicate leaves the predicate the subject's.
func TestR10B2DecreeBeforePredicate(t *testing.T) {
	checkAppointmentCases(t, []appointmentCase{
		{"the elected mayor's decree", "بهراد تابان نیز با حکم شهردار منتخب سرپرست جدید شهرداری منطقه چهار مهریز شد.",
			[]string{"بهراد تابان|سرپرست|شهرداری منطقه چهار مهریز|"}},
		{"the new director's decree", "کاوه نیکو با حکم مدیرکل جدید، رئیس اداره بهزیستی شهرستان میبد شد.",
			[]string{"کاوه نیکو|رئیس|اداره بهزیستی شهرستان میبد|"}},
	})
}

// TestR10B2ZoneInWords checks that a district numbered in words
// («شهرداری منطقه دو X») is no fuller form of the city's municipality.
func TestR10B2ZoneInWords(t *testing.T) {
	text := "کاوه نیکو به عنوان شهردار مهریز انتخاب شد. آرش سپهرفر نیز سرپرست جدید شهرداری منطقه دو مهریز شد."
	doc, err := File("made-up.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ap := range doc.Appointments {
		got = append(got, ap.Person+"|"+ap.Organization)
	}
	for _, want := range []string{"کاوه نیکو|شهرداری مهریز", "آرش سپهرفر|شهرداری منطقه دو مهریز"} {
		if !slices.Contains(got, want) {
			t.Errorf("appointments %q, want %q", got, want)
		}
	}
}
