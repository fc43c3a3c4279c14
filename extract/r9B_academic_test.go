package extract

import "testing"

// TestR9BAcademicRanks checks «دانشیار/استادیار» as posts: in the body
// named after them, and with a department only in the university the
// report names before.
func TestR9BAcademicRanks(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"a department only", "رئیس دانشگاه علوم پزشکی یزد گفت: کار ادامه دارد. دکتر کاوه نیکو، دانشیار گروه فیزیولوژی، گفت: طرح آماده است.",
			[]string{"کاوه نیکو|دانشیار گروه فیزیولوژی|دانشگاه علوم پزشکی یزد"}},
		{"the university named", "دکتر کاوه نیکو، استادیار دانشگاه صنعتی اصفهان، گفت: کار ادامه دارد.",
			[]string{"کاوه نیکو|استادیار|دانشگاه صنعتی اصفهان"}},
		{"no university", "دکتر کاوه نیکو، دانشیار گروه فیزیولوژی، گفت: کار ادامه دارد.", nil},
	})
}

// TestR9BAccountsPost checks «ذیحساب BODY» as a post.
func TestR9BAccountsPost(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"accounts", "کاوه نیکو، ذیحساب اداره کل بهزیستی استان یزد گفت: کار ادامه دارد.",
			[]string{"کاوه نیکو|ذیحساب|اداره کل بهزیستی استان یزد"}},
	})
}

// TestR9BCounsellorPost checks «رایزن» as a post: the post's words end
// where a body's head begins.
func TestR9BCounsellorPost(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"counsellor of a council", "کاوه نیکو، رایزن فرهنگی شورای هماهنگی تبلیغات اسلامی استان یزد گفت: کار ادامه دارد.",
			[]string{"کاوه نیکو|رایزن فرهنگی|شورای هماهنگی تبلیغات اسلامی استان یزد"}},
	})
}
