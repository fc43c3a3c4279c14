package extract

import "testing"

// TestR17BMayorOfThisCity checks that «شهردار این شهر» heads the
// municipality of the city told before, «شهرداری X», as «استاندار این
// استان» heads «استانداری X».
func TestR17BMayorOfThisCity(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"this city", "خبر\n\nبه گزارش خبرنگار ما از گرمسار، کامران نیک‌فر شهردار این شهر گفت: پروژه‌ها افتتاح شد.",
			[]string{"کامران نیک‌فر|شهردار|شهرداری گرمسار"}},
	})
}
