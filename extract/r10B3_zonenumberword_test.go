package extract

import "testing"

// TestR10B3ZoneNumberWord checks «شهردار منطقه دو X»: a zone numbered by
// a word is the zone's own municipality, not another zone named later.
func TestR10B3ZoneNumberWord(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"zone by word", "جلسه با حضور بهراد تابان شهردار منطقه دو یزد برگزار شد. کار شهرداری منطقه پنج یزد آغاز شد.",
			[]string{"بهراد تابان|شهردار|شهرداری منطقه دو یزد"}},
	})
}
