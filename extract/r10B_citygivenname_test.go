package extract

import "testing"

// TestR10BCouncilOfCityNamedLikeAPerson checks «عضو شورای اسلامی شهر
// مهران،»: a city whose name is also a given name ends the council's name
// when a mark closes the phrase after it.
func TestR10BCouncilOfCityNamedLikeAPerson(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"a city named like a person", "در این نشست کاوه نیکو، عضو شورای اسلامی شهر مهران، خواستار تسریع در تکمیل طرح شد.",
			[]string{"کاوه نیکو|عضو|شورای اسلامی شهر مهران"}},
	})
}
