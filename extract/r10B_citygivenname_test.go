package extract

import "testing"

// TestR10BCouncilOfCityNamedLikeAPerson checks «عضو شورای اسلامی شهر
// ماهان،»: a city whose name is also a given name ends the council's name
// when a mark closes the phrase after it.
func TestR10BCouncilOfCityNamedLikeAPerson(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"a city named like a person", "به گفته کاوه نیکو، عضو شورای اسلامی شهر ماهان، بودجه طرح تأمین شده است.",
			[]string{"کاوه نیکو|عضو|شورای اسلامی شهر ماهان"}},
	})
}
