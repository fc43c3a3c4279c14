package extract

import "testing"

// TestR15BPairedPostsThenNames checks «R1 BODY1 و R2 BODY2، الف و ب»: as
// many names as posts, one post each in order; one name after posts of
// two bodies holds both.
func TestR15BPairedPostsThenNames(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"two posts, two names", "خبر\n\nرئیس اداره آموزش و پرورش شهرستان بابل و رئیس اداره آموزش و پرورش شهرستان آمل، حسن طالبی و علی مرادی، نیز حضور داشتند.",
			[]string{"حسن طالبی|رئیس|اداره آموزش و پرورش شهرستان بابل", "علی مرادی|رئیس|اداره آموزش و پرورش شهرستان آمل"}},
		{"three posts, three names", "خبر\n\nمدیر شبکه بهداشت شهرستان بابل، رئیس بیمارستان شهید بهشتی بابل و رئیس اداره ورزش و جوانان شهرستان بابل، کاوه رحیمی، سعید شکوهی‌فر و ناصر مهدوی، نیز حضور داشتند.",
			[]string{"کاوه رحیمی|مدیر|شبکه بهداشت شهرستان بابل", "سعید شکوهی‌فر|رئیس|بیمارستان شهید بهشتی بابل", "ناصر مهدوی|رئیس|اداره ورزش و جوانان شهرستان بابل"}},
		{"one name holds both", "خبر\n\nرئیس اداره آموزش و پرورش شهرستان بابل و دبیر شورای آموزش و پرورش شهرستان بابل، حسن طالبی، گفت: مدارس بازسازی می‌شود.",
			[]string{"حسن طالبی|دبیر|شورای آموزش و پرورش شهرستان بابل", "حسن طالبی|رئیس|اداره آموزش و پرورش شهرستان بابل"}},
	})
}

// TestR15BPairedPostsAfterName checks that a post in apposition to a name
// before the list is no post of the list: «الف، R1 BODY1، R2 BODY2 دکتر ب
// و ج، R3 BODY3».
func TestR15BPairedPostsAfterName(t *testing.T) {
	got := affiliationsOf("این تفاهم‌نامه را کامران نیک‌فر، مدیرکل بنادر و دریانوردی استان گیلان، رئیس دانشگاه گیلان دکتر بهمن سلیمی و رحیم کاوه، سرپرست اداره کل تعاون، کار و رفاه اجتماعی استان امضا کردند.")
	for _, g := range got {
		if g == "بهمن سلیمی|مدیرکل|اداره کل بنادر و دریانوردی استان گیلان" || g == "رحیم کاوه|رئیس|دانشگاه گیلان" {
			t.Errorf("got %q", g)
		}
	}
}
