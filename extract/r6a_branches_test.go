package extract

import "testing"

// TestCourtBranchIsBody checks that a court's numbered branch is a body of
// its own, that the court named only as what the branch is of is not
// listed apart, nor a bank named only after its branch, and that the
// court named on its own elsewhere is still a body.
func TestCourtBranchIsBody(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"کاوه رنجبرپور پیش از این رئیس شعبه ۷ دادگاه تجدیدنظر استان زنجان بوده است.",
			[]string{"شعبه ۷ دادگاه تجدیدنظر استان زنجان"}},
		{"وی قاضی شعبه ۳ دادگاه انقلاب اسلامی قزوین بود.",
			[]string{"شعبه ۳ دادگاه انقلاب اسلامی قزوین"}},
		{"وی پیش از این قاضی شعبه ۹ دیوان عدالت اداری بود.",
			[]string{"شعبه ۹ دیوان عدالت اداری"}},
		{"رئیس شعبه مرکزی بانک سپه ساری گفت: آماده‌ایم.",
			[]string{"شعبه مرکزی بانک سپه ساری"}},
		{"دادگاه تجدیدنظر استان زنجان رأی داد و شعبه ۷ دادگاه تجدیدنظر استان زنجان پرونده را بست.",
			[]string{"دادگاه تجدیدنظر استان زنجان", "شعبه ۷ دادگاه تجدیدنظر استان زنجان"}},
	})
}
