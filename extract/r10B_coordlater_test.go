package extract

import "testing"

// TestR10BCoordinatedPostsNamedLater checks a lead «معاون وزیر X و
// مدیرعامل شرکت Y ... خبر داد. به گزارش ...، مهندس Z ...»: both posts of
// the lead are those of the holder named in the next sentence.
func TestR10BCoordinatedPostsNamedLater(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"two posts, the holder later", "معاون وزیر نیرو و مدیرعامل شرکت توسعه منابع آب کشور از آبگیری سد تنگ‌سرخ تا پایان سال خبر داد. به گزارش خبرنگار ما، مهندس کاوه نیکو در نشست خبری گفت: پیشرفت طرح ۸۰ درصد است.",
			[]string{"کاوه نیکو|معاون وزیر|وزارت نیرو", "کاوه نیکو|مدیرعامل|شرکت توسعه منابع آب کشور"}},
	})
}
