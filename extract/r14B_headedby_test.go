package extract

import "testing"

// TestR14BBodyHeadedBy checks «BODY با ریاست/مدیریت Y» where the body
// opens its clause: Y heads the body. A session's body («جلسه شورای X به
// ریاست Y») or a body convened in the sentence gives Y no post in it.
func TestR14BBodyHeadedBy(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"office headed by", "نشست مدیران برگزار شد.\n" +
			"وی افزود: اداره فرهنگ و ارشاد اسلامی شهرستان نایین با ریاست حجت‌الاسلام کاوه نیک‌گهر، طرح «کتاب محله» را در ۲۰ روستا اجرا می‌کند.",
			[]string{"کاوه نیک‌گهر|رئیس|اداره فرهنگ و ارشاد اسلامی شهرستان نایین"}},
		{"company managed by", "شرکت آب و فاضلاب شهرستان خمین با مدیریت مهندس بابک رستگارپور سه طرح را به پایان رساند.",
			[]string{"بابک رستگارپور|مدیر|شرکت آب و فاضلاب شهرستان خمین"}},
		{"session chaired by", "جلسه شورای ترافیک شهرستان خمین به ریاست سهراب نادری‌فر ادامه یافت.", nil},
		{"council convened", "شورای ترافیک شهرستان خمین به ریاست سهراب نادری‌فر تشکیل شد.", nil},
	})
}
