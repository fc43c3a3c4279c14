package extract

import "testing"

// TestR10BPastHolderWithComma checks «پیش از این، Y مدیرکل این اداره کل
// بود» and «Y، که پیش از این مدیرکل این اداره کل بود»: a comma after the
// words of time or after the name still tells the post held before.
func TestR10BPastHolderWithComma(t *testing.T) {
	const intro = "کاوه نیکو به عنوان مدیرکل بهزیستی استان یزد معرفی شد. "
	want := []string{"کاوه نیکو|مدیرکل|اداره کل بهزیستی استان یزد|بهمن راد"}
	checkAppointmentCases(t, []appointmentCase{
		{"a comma after the time", intro + "پیش از این، بهمن راد مدیرکل این اداره کل بود.", want},
		{"a comma before «که»", intro + "بهمن راد، که پیش از این مدیرکل این اداره کل بود، به تهران رفت.", want},
	})
	checkAffiliationCases(t, []affCase{
		{"no present post", "پیش از این، بهمن راد مدیرکل بهزیستی استان یزد بود.", nil},
	})
}
