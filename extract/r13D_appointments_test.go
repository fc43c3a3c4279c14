package extract

import (
	"slices"
	"testing"
)

// r13DApps returns a made-up text's appointments as
// «person | role | body | predecessor».
func r13DApps(t *testing.T, text string) []string {
	t.Helper()
	doc, err := File("made-up.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range doc.Appointments {
		got = append(got, p.Person+" | "+p.Role+" | "+p.Organization+" | "+p.Predecessor)
	}
	return got
}

// TestR13DMovedOnNow checks «... معرفی و از خدمات ب قدردانی شد. ب اکنون
// معاون X است»: one thanked whose other post is told as held now has
// moved on, he is the predecessor, not a guest of another body.
func TestR13DMovedOnNow(t *testing.T) {
	text := "در این نشست، حجت‌الاسلام بهرام نیک‌گهر که با حکم رئیس سازمان به عنوان مدیر اداره کل فرهنگ استان گیلان منصوب شده است، معرفی و از خدمات حجت‌الاسلام کاوه زرین‌دل قدردانی شد. زرین‌دل اکنون معاون فرهنگی سازمان فرهنگ و ارتباطات است."
	got := r13DApps(t, text)
	want := "بهرام نیک‌گهر | مدیر | اداره کل فرهنگ استان گیلان | کاوه زرین‌دل"
	if !slices.Contains(got, want) {
		t.Errorf("appointments %q, want %q", got, want)
	}
	// The post he moved on to, in a sentence of its own, is his appointment.
	if moved := "کاوه زرین‌دل | معاون فرهنگی | سازمان فرهنگ و ارتباطات | "; !slices.Contains(got, moved) {
		t.Errorf("appointments %q, want %q", got, moved)
	}
	// A guest thanked who holds another post, not told as now, stays a guest.
	text = "در این نشست، بهرام نیک‌گهر به عنوان مدیر اداره کل فرهنگ استان گیلان معرفی و از خدمات کاوه زرین‌دل، معاون فرهنگی سازمان فرهنگ و ارتباطات، قدردانی شد."
	got = r13DApps(t, text)
	if slices.Contains(got, want) {
		t.Errorf("appointments %q: the guest is no predecessor", got)
	}
}

// TestR13DDecreedCharge checks «مسئولیت BODY با حکم ISSUER به X سپرده
// شد»: the issuer between the body and the one entrusted, and the post
// the report calls new in that body.
func TestR13DDecreedCharge(t *testing.T) {
	text := "سرپرست جدید اداره امور مالیاتی شهرستان رودبار امروز معرفی شد. در آیینی که صبح امروز برگزار شد، مسئولیت اداره امور مالیاتی شهرستان رودبار با حکم دکتر کامران نیک‌اندیش مدیرکل امور مالیاتی استان گیلان به مهرداد شفیعی‌پور سپرده شد."
	got := r13DApps(t, text)
	want := "مهرداد شفیعی‌پور | سرپرست | اداره امور مالیاتی شهرستان رودبار | "
	if !slices.Contains(got, want) {
		t.Errorf("appointments %q, want %q", got, want)
	}
	// No report's post: the head of the body («اداره» → رئیس).
	text = "مسئولیت اداره امور مالیاتی شهرستان رودبار با حکم مدیرکل امور مالیاتی استان گیلان به مهرداد شفیعی‌پور سپرده شد."
	got = r13DApps(t, text)
	want = "مهرداد شفیعی‌پور | رئیس | اداره امور مالیاتی شهرستان رودبار | "
	if !slices.Contains(got, want) {
		t.Errorf("appointments %q, want %q", got, want)
	}
}

// TestR13DChargeToPronoun checks «از الف خواست ریاست BODY را که با حکم
// وی به او سپرده شده، پیگیری کند»: the charge told in a clause on the
// post, entrusted to the one the pronoun stands for.
func TestR13DChargeToPronoun(t *testing.T) {
	text := "در این آیین از خدمات دکتر فرزین نیک‌فرجام تقدیر شد. رئیس دانشگاه نیز از نیک‌فرجام خواست ریاست مرکز نوآوری دانشگاه گیلان را که با حکم وی به او سپرده شده، با جدیت پیگیری کند."
	got := r13DApps(t, text)
	want := "فرزین نیک‌فرجام | رئیس | مرکز نوآوری دانشگاه گیلان | "
	if !slices.Contains(got, want) {
		t.Errorf("appointments %q, want %q", got, want)
	}
}

// TestR13DRepresentativeOnBoard checks «الف را به عنوان نماینده شورا در
// هیئت‌مدیره سازمان X انتخاب کردند»: the representative's post is in the
// body whose board he sits on.
func TestR13DRepresentativeOnBoard(t *testing.T) {
	text := "اعضای شورای اسلامی شهر رشت با اکثریت آرا، مهسا دلاورپور‌نیا را به عنوان نماینده شورا در هیئت‌مدیره سازمان پارک‌ها و فضای سبز شهرداری رشت انتخاب کردند."
	got := r13DApps(t, text)
	want := "مهسا دلاورپور‌نیا | نماینده شورا در هیئت‌مدیره | سازمان پارک‌ها و فضای سبز شهرداری رشت | "
	if !slices.Contains(got, want) {
		t.Errorf("appointments %q, want %q", got, want)
	}
}
