package extract

import "testing"

// TestHolyFigureNamingAPlace checks that «میدان امام رضا(ع)» names a
// square, no person, while a holy figure quoted outside a place name is
// left to the person rules.
func TestHolyFigureNamingAPlace(t *testing.T) {
	checkPersonCases(t, []personCase{
		{"square", "خبر\n\nفرماندار از کارگاه پل میدان امام رضا(ع) بازدید کرد و کامیار شفیعی‌نسب گزارش داد.",
			[]string{"کامیار شفیعی‌نسب"}},
		{"street", "خبر\n\nکامیار شفیعی‌نسب از خیابان حضرت زهرا(س) بازدید کرد.",
			[]string{"کامیار شفیعی‌نسب"}},
	})
}

// TestMartyrNamingADescribedVenue checks «مدرسه ۱۲ کلاسه شهید X»: words
// describing the venue may stand between it and «شهید».
func TestMartyrNamingADescribedVenue(t *testing.T) {
	checkPersonCases(t, []personCase{
		{"school with a size", "خبر\n\nکامیار شفیعی‌نسب از مدرسه ۱۲ کلاسه شهید باهنر بازدید کرد.",
			[]string{"کامیار شفیعی‌نسب"}},
		{"school described", "خبر\n\nکامیار شفیعی‌نسب از مدرسه دخترانه شهید باهنر بازدید کرد.",
			[]string{"کامیار شفیعی‌نسب"}},
	})
}
