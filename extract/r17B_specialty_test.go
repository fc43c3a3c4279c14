package extract

import "testing"

// TestR17BSpecialtyThenPost checks «X، SPECIALTY و R BODY،»: a
// physician's field told before «و» and the post he holds; with no post
// after «و» nothing is read.
func TestR17BSpecialtyThenPost(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"field then post", "خبر\n\nکارگاه آموزشی روز چهارشنبه با تدریس دکتر کامران نیک‌فر، فوق‌تخصص قلب و رئیس بخش مراقبت‌های ویژه بیمارستان امام رضا مشهد، برگزار می‌شود.",
			[]string{"کامران نیک‌فر|رئیس بخش مراقبت‌های ویژه|بیمارستان امام رضا مشهد"}},
		{"field only", "خبر\n\nکارگاه آموزشی روز چهارشنبه با تدریس دکتر کامران نیک‌فر، متخصص قلب و عروق، برگزار می‌شود.", nil},
	})
}
