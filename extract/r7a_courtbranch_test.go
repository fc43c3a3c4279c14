package extract

import "testing"

// TestCourtBranchByOrdinalWord checks that a court's branch numbered by an
// ordinal word, as by a digit, is a body of its own.
func TestCourtBranchByOrdinalWord(t *testing.T) {
	checkFirstBody(t, []struct{ text, want string }{
		{"قاضی نادر کیان‌مهر به سمت رئیس شعبه دوم دادگاه تجدیدنظر استان قم منصوب شد.", "شعبه دوم دادگاه تجدیدنظر استان قم"},
		{"رئیس شعبه پنجم دیوان عدالت اداری گفت: پرونده بررسی شد.", "شعبه پنجم دیوان عدالت اداری"},
	})
}
