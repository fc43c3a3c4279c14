package extract

import "testing"

// TestR10B2NamedByNames checks «سه عضو هیئت علمی دانشکده X به نام‌های
// الف، ب و ج»: the post counted before «به نام‌های» is each name's.
func TestR10B2NamedByNames(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"three members by name", "سه عضو هیئت علمی دانشکده فنی دانشگاه یزد به نام‌های رضا کاظمی، سعید امینی و لیلا صدری در این همایش سخنرانی کردند.",
			[]string{"رضا کاظمی|عضو هیئت علمی|دانشکده فنی دانشگاه یزد", "سعید امینی|عضو هیئت علمی|دانشکده فنی دانشگاه یزد", "لیلا صدری|عضو هیئت علمی|دانشکده فنی دانشگاه یزد"}},
	})
}
