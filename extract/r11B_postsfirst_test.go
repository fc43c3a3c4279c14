package extract

import "testing"

// TestR11BRespectivelyPostsFirst checks «R1، R2 و R3، به ترتیب الف، ب و
// ج حضور داشتند»: the posts told first, each name holds the post in the
// same place of the list.
func TestR11BRespectivelyPostsFirst(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"posts first", "در این آیین فرماندار ماهان، رئیس دانشگاه یزد و مدیرکل بهزیستی استان یزد، به ترتیب کاوه نیکوپور، بهمن رادمنش و سارا مقدم‌نیا حضور داشتند.",
			[]string{"کاوه نیکوپور|فرماندار|فرمانداری ماهان", "بهمن رادمنش|رئیس|دانشگاه یزد", "سارا مقدم‌نیا|مدیرکل|اداره کل بهزیستی استان یزد"}},
		{"fewer posts than names", "در این آیین رئیس دانشگاه یزد، به ترتیب کاوه نیکوپور و بهمن رادمنش حضور داشتند.", nil},
	})
}
