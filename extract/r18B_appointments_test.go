package extract

import (
	"slices"
	"testing"
)

func r18bApps(t *testing.T, text string) []string {
	t.Helper()
	doc, err := File("made-up.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, ap := range doc.Appointments {
		got = append(got, ap.Person+"|"+ap.Role+"|"+ap.Organization+"|"+ap.Predecessor)
	}
	return got
}

// TestR18BChargeSince checks «مسئولیت BODY از DATE به X سپرده شد»: the
// charge's start date between the body and the one entrusted with it.
func TestR18BChargeSince(t *testing.T) {
	got := r18bApps(t, "یزد- مسئولیت اداره ورزش و جوانان شهرستان تفت از امروز به پرویز آذرنوش سپرده شد.")
	if !slices.Contains(got, "پرویز آذرنوش|رئیس|اداره ورزش و جوانان شهرستان تفت|") {
		t.Errorf("appointments %q, want پرویز آذرنوش in charge of the county office", got)
	}
}

// TestR18BDecreedChargeSince checks «مسئولیت BODY از DATE با حکم ISSUER
// به X سپرده شد»: the start date, then the decree's issuer.
func TestR18BDecreedChargeSince(t *testing.T) {
	got := r18bApps(t, "یزد- مسئولیت اداره ورزش و جوانان شهرستان تفت از روز یکشنبه ۳ دی با حکم مدیرکل ورزش و جوانان استان یزد به پرویز آذرنوش سپرده شد.")
	if !slices.Contains(got, "پرویز آذرنوش|رئیس|اداره ورزش و جوانان شهرستان تفت|") {
		t.Errorf("appointments %q, want پرویز آذرنوش heading the county office", got)
	}
}

// TestR18BEchoedReplaces checks «الف با حکم ... سرپرست اداره X شد ...
// الف جایگزین ب شد» followed by another body's «رئیس جدید»: the
// replacement tells the change already found, not a second one in the
// other body.
func TestR18BEchoedReplaces(t *testing.T) {
	text := "بر اساس این گزارش، مینا فروتن‌راد با حکم مدیرکل بهزیستی استان سرپرست اداره بهزیستی شهرستان رفسنجان شد و امروز در آیینی معرفی شد. فروتن‌راد جایگزین کیوان پاکدل شد که به سمت معاون اداره کل بهزیستی استان کرمان منصوب شده است.\n\n" +
		"در خبری دیگر، مسئولیت شعبه ۲ تأمین اجتماعی کرمان امروز با حکم مدیرکل به رضا مهرآیین سپرده شد. رئیس جدید شعبه ۲ تأمین اجتماعی کرمان پیش از این معاون همین شعبه بود."
	got := r18bApps(t, text)
	for _, g := range got {
		if g == "فروتن‌راد|رئیس|شعبه ۲ تأمین اجتماعی کرمان|کیوان پاکدل" || g == "مینا فروتن‌راد|رئیس|شعبه ۲ تأمین اجتماعی کرمان|کیوان پاکدل" {
			t.Errorf("appointments %q: the replacement borrowed the other body's post", got)
		}
	}
	if !slices.Contains(got, "مینا فروتن‌راد|سرپرست|اداره بهزیستی شهرستان رفسنجان|کیوان پاکدل") {
		t.Errorf("appointments %q, want مینا فروتن‌راد's change after کیوان پاکدل", got)
	}
}

// TestR18BDecreedChargeAlsoNewTitle checks «مسئولیت BODY نیز از DATE با
// حکم ISSUER به X سپرده شد» with «نیز» before the date, and the post the
// next sentence calls new («رئیس جدید مرکز ...») as the charge's post.
func TestR18BDecreedChargeAlsoNewTitle(t *testing.T) {
	text := "اراک- در این نشست از برنامه‌های اتاق بازرگانی اراک گزارش داده شد. مسئولیت مرکز آموزش اتاق بازرگانی اراک نیز از امروز با حکم رئیس اتاق به خانم شیرین آبتین‌مهر سپرده شد. رئیس جدید مرکز آموزش اتاق پیش از این کارشناس همین مرکز بود."
	got := r18bApps(t, text)
	if !slices.Contains(got, "شیرین آبتین‌مهر|رئیس|مرکز آموزش اتاق بازرگانی اراک|") {
		t.Errorf("appointments %q, want شیرین آبتین‌مهر heading the centre", got)
	}
}

// TestR18BRelativePredicate checks «X که (روز گذشته) (با حکم ...) R BODY
// شده است، معرفی شد»: the relative clause after X tells his appointment.
func TestR18BRelativePredicate(t *testing.T) {
	text := "یزد- در این نشست، مهندس کاوه سپیدارفام که روز گذشته با حکم استاندار یزد سرپرست بخشداری زارچ شده است، معرفی شد."
	got := r18bApps(t, text)
	if !slices.Contains(got, "کاوه سپیدارفام|سرپرست|بخشداری زارچ|") {
		t.Errorf("appointments %q, want کاوه سپیدارفام as سرپرست of بخشداری زارچ", got)
	}
}

// TestR18BPredicateSince checks «X (نیز) از امروز R BODY شد»: the start
// date between the appointee and the predicate.
func TestR18BPredicateSince(t *testing.T) {
	text := "اراک- با حکم مدیرکل، خانم مهسا والاتبار نیز از امروز معاون گردشگری اداره کل میراث فرهنگی استان مرکزی شد."
	got := r18bApps(t, text)
	if !slices.Contains(got, "مهسا والاتبار|معاون گردشگری|اداره کل میراث فرهنگی استان مرکزی|") {
		t.Errorf("appointments %q, want مهسا والاتبار's new post", got)
	}
}

// TestR18BDecreeIssuerByName checks «الف با حکم دکتر ب، مدیرکل X، سرپرست
// اداره Y شد»: الف takes the post; ب, the decree's issuer in apposition,
// takes none.
func TestR18BDecreeIssuerByName(t *testing.T) {
	text := "سنندج- مهندس کامیار نوبهاری با حکم دکتر آرش ولدخانلو، مدیرکل منابع طبیعی و آبخیزداری استان کردستان، سرپرست اداره منابع طبیعی و آبخیزداری شهرستان بانه شد."
	got := r18bApps(t, text)
	want := "کامیار نوبهاری|سرپرست|اداره منابع طبیعی و آبخیزداری شهرستان بانه|"
	if len(got) != 1 || got[0] != want {
		t.Errorf("appointments %q, want only %q", got, want)
	}
}

// TestR18BRecentlyAfterRelative checks «الف نیز که ... بر عهده داشت،
// اخیراً R BODY شده است»: «نیز» before the relative clause and the adverb
// «اخیراً» before the predicate.
func TestR18BRecentlyAfterRelative(t *testing.T) {
	text := "شیراز- کاوه نیک‌پی نیز که سه سال مدیریت بهزیستی فارس را بر عهده داشت، اخیراً مدیرکل بهزیستی استان بوشهر شده است."
	got := r18bApps(t, text)
	if !slices.Contains(got, "کاوه نیک‌پی|مدیرکل|اداره کل بهزیستی استان بوشهر|") {
		t.Errorf("appointments %q, want کاوه نیک‌پی's new post", got)
	}
}

// TestR18BHelmReached checks «سکان مدیریت BODY به X رسید»: X takes the
// post that heads the body.
func TestR18BHelmReached(t *testing.T) {
	text := "کرج- سکان مدیریت بیمارستان شهید رجایی کرج به دکتر مانی ستوده‌فر رسید."
	got := r18bApps(t, text)
	if !slices.Contains(got, "مانی ستوده‌فر|رئیس|بیمارستان شهید رجایی کرج|") {
		t.Errorf("appointments %q, want مانی ستوده‌فر heading the hospital", got)
	}
}

// TestR18BReplacedFormerHolderRelative checks «الف جایگزین رئیس پیشین
// BODY که بازنشسته شده است، شد»: the one replaced told by his former post,
// a relative clause between it and the verb.
func TestR18BReplacedFormerHolderRelative(t *testing.T) {
	text := "تبریز- دکتر نازنین مهرپرور روز گذشته جایگزین رئیس پیشین دانشکده کشاورزی دانشگاه تبریز که بازنشسته شده است، شد."
	got := r18bApps(t, text)
	if !slices.Contains(got, "نازنین مهرپرور|رئیس|دانشکده کشاورزی دانشگاه تبریز|") {
		t.Errorf("appointments %q, want نازنین مهرپرور heading the faculty", got)
	}
}
