package extract

import "testing"

// TestR13BWrittenZone checks «شهردار/مدیر منطقه N» in a report that writes
// the zone «منطقه N شهرداری X»: the zone as written, where a report that
// never writes it so keeps «شهرداری منطقه N X».
func TestR13BWrittenZone(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"zone written first", "ایستگاه جدید در منطقه ۴ شهرداری نطنز افتتاح شد. کاوه نیکوپور، شهردار منطقه ۴ در این آیین سخن گفت.",
			[]string{"کاوه نیکوپور|شهردار|منطقه ۴ شهرداری نطنز"}},
		{"zone never written first", "ایستگاه جدید در شهرداری نطنز افتتاح شد. کاوه نیکوپور، شهردار منطقه ۴ در این آیین سخن گفت.",
			[]string{"کاوه نیکوپور|شهردار|شهرداری منطقه 4 نطنز"}},
	})
}
