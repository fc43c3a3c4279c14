package extract

import "testing"

// TestR10BCoordinatedPostsNamedLater checks «معاون وزیر X و مدیرعامل شرکت
// Y در سفر به ... افتتاح کرد. به گزارش ...، مهندس Z ...»: both posts of
// the lead are those of the holder named in the next sentence.
func TestR10BCoordinatedPostsNamedLater(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"two posts, the holder later", "معاون وزیر نیرو و مدیرعامل شرکت توسعه منابع آب کشور در سفر به استان یزد، سد تنگ‌سرخ را افتتاح کرد. به گزارش خبرنگار ما، مهندس کاوه نیکو صبح امروز وارد یزد شد و از طرح‌های آبرسانی بازدید کرد.",
			[]string{"کاوه نیکو|معاون وزیر|وزارت نیرو", "کاوه نیکو|مدیرعامل|شرکت توسعه منابع آب کشور"}},
	})
}
