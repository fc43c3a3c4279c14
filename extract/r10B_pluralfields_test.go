package extract

import "testing"

// TestR10BPluralFieldsOfHeadingRole checks «X و Y، معاونان عمرانی و
// اقتصادی استاندار یزد» and the list told after the plural: one field
// each, in the body of the heading role (استانداری یزد), and no «استاندار»
// post for the names.
func TestR10BPluralFieldsOfHeadingRole(t *testing.T) {
	want := []string{"کاوه نیکو|معاون عمرانی استاندار|استانداری یزد", "آرش سپهرفر|معاون اقتصادی استاندار|استانداری یزد"}
	checkAffiliationCases(t, []affCase{
		{"names before", "در این جلسه کاوه نیکو و آرش سپهرفر، معاونان عمرانی و اقتصادی استاندار یزد حضور داشتند.", want},
		{"names after", "معاونان عمرانی و اقتصادی استاندار یزد، کاوه نیکو و آرش سپهرفر در این جلسه حضور داشتند.", want},
	})
}
