package extract

import "testing"

// TestR9BGovernorateDirectorate checks «مدیرکل FIELD استانداری X» with the
// directorate never named in full: the post heads «اداره کل FIELD
// استانداری X», not the governorate; an office «دفتر» keeps its own name.
func TestR9BGovernorateDirectorate(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"directorate of a field", "در این جلسه مهندس کاوه نیکو، مدیرکل امور اتباع استانداری یزد، گفت: کار ادامه دارد.",
			[]string{"کاوه نیکو|مدیرکل|اداره کل امور اتباع استانداری یزد"}},
		{"an office", "در این جلسه مهندس کاوه نیکو، مدیرکل دفتر فنی استانداری یزد، گفت: کار ادامه دارد.",
			[]string{"کاوه نیکو|مدیرکل|دفتر فنی استانداری یزد"}},
	})
}
