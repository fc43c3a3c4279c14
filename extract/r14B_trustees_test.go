package extract

import "testing"

// TestR14BTrusteeBoard checks a post of the board of trustees of a
// religious site: the board «هیئت امنای مسجد X» is the body, the post is
// the words before it; a university's board stays part of the post.
func TestR14BTrusteeBoard(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"head of a mosque's board", "حاج رسول کاظمی‌نیا، رئیس هیئت امنای مسجد جامع ساوه نیز از آغاز مرمت شبستان خبر داد.",
			[]string{"رسول کاظمی‌نیا|رئیس|هیئت امنای مسجد جامع ساوه"}},
		{"this mosque", "زمین را هیئت امنای مسجد جامع قائمیه ساوه اهدا کرد. حاج مهدی صفری‌نیا، رئیس هیئت امنای این مسجد نیز حاضر بود.",
			[]string{"مهدی صفری‌نیا|رئیس|هیئت امنای مسجد جامع قائمیه ساوه"}},
		{"university's board", "حاج رسول تقوی‌نیا، عضو هیئت امنای دانشگاه علوم پزشکی ساوه نیز از آغاز کار خبر داد.",
			[]string{"رسول تقوی‌نیا|عضو هیئت امنای|دانشگاه علوم پزشکی ساوه"}},
	})
}
