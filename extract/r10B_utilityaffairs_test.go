package extract

import "testing"

// TestR10BUtilityAffairs checks «مدیر امور آب و فاضلاب شهرستان X»: the
// head of the water company's county unit, «امور آب و فاضلاب شهرستان X».
func TestR10BUtilityAffairs(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"water affairs of a county", "در این بازدید مهندس کاوه نیکو مدیر امور آب و فاضلاب شهرستان مهریز نیز حضور داشت.",
			[]string{"کاوه نیکو|مدیر|امور آب و فاضلاب شهرستان مهریز"}},
	})
}
