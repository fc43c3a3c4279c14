package extract

import "testing"

// TestR13BRespectivelyBeforeName checks «الف و ب، به ترتیب R1 و R2 هیئت X،
// ج، R3 ...»: the posts after «به ترتیب» are the names' before them, not
// the next name's.
func TestR13BRespectivelyBeforeName(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"next name after the list", "در این مجمع کاوه نیکوپور و بهمن رادمنش، به ترتیب رئیس و دبیر هیئت شنای شهرستان نطنز، سارا مقدم‌نیا، رئیس هیئت تنیس استان یزد حضور داشتند.",
			[]string{"سارا مقدم‌نیا|رئیس|هیئت تنیس استان یزد", "کاوه نیکوپور|رئیس|هیئت شنای شهرستان نطنز", "بهمن رادمنش|دبیر|هیئت شنای شهرستان نطنز"}},
	})
}
