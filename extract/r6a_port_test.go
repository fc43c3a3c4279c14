package extract

import (
	"strings"
	"testing"
)

// TestPortTownClosesName checks that «بندر» and the word after it close a
// body's name as its place, even after «و» and more than three words,
// that a short form ending with that town joins the body, and that
// «بندر» before a listed place stays as it was.
func TestPortTownClosesName(t *testing.T) {
	got := orgNames(t, "مدیرعامل تعاونی ماهیگیران چمخاله انتخاب شد. مجمع عمومی شرکت تعاونی صیادنیا و ماهیگیران سنتی بندر چمخاله برگزار شد.")
	if len(got) != 1 || !strings.HasPrefix(got[0], "شرکت تعاونی صیادنیا و ماهیگیران سنتی بندر چمخاله|") || !strings.Contains(got[0], "تعاونی ماهیگیران چمخاله") {
		t.Errorf("bodies %q, want the cooperative with its short form", got)
	}
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"مدیرعامل شرکت خدمات دریایی بندر انزلی گفت: آماده‌ایم.", []string{"شرکت خدمات دریایی بندر انزلی"}},
	})
}

// TestEzafeComplementInName checks that a verb's usual object written as
// the complement of a noun in its ezafe («اجرای قرارداد») stays a word of
// a body's name, while after a plain name it still ends it.
func TestEzafeComplementInName(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"نخستین نشست کارگروه مشترک اجرای قرارداد به ریاست معاون پژوهشی دانشگاه، دی‌ماه برگزار می‌شود.", []string{"کارگروه مشترک اجرای قرارداد"}},
		{"شرکت فولاد سپید قرارداد امضا کرد.", []string{"شرکت فولاد سپید"}},
	})
}

// TestBareKnownBodyEndsName checks that a body's whole name ending in a
// long vowel and written without the ezafe's «ی» ends there, while its
// joined form takes the words after it.
func TestBareKnownBodyEndsName(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"شبکه استانی در نظرسنجی صداوسیما رتبه دوم را کسب کرد.", []string{"صداوسیما"}},
		{"مدیرکل صداوسیمای مرکز گیلان گفت: آماده‌ایم.", []string{"صداوسیمای مرکز گیلان"}},
	})
}

// TestDataNounInName checks that «داده» after «علوم» is the noun (data)
// inside a faculty's name, while as a participle it still ends a name.
func TestDataNounInName(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"دکتر نسترن وفاجو، رئیس دانشکده ریاضی و علوم داده گفت: آماده‌ایم.", []string{"دانشکده ریاضی و علوم داده"}},
		{"شرکت فولاد سپید گزارش خود را ارائه داده است.", []string{"شرکت فولاد سپید"}},
	})
}

// TestNameBeforeRaCut checks that a name running into «را» ends at the
// longest start of it the article names on its own, the rest being the
// clause's object, and is left whole when no such start is named.
func TestNameBeforeRaCut(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"تفاهم‌نامه دانشگاه علامه طباطبایی امضا شد. بر اساس آن، شهرداری قزوین هزینه دوره‌ها را تأمین می‌کند و دانشگاه علامه طباطبایی محتوای آموزشی و مدرسان را فراهم می‌کند.",
			[]string{"دانشگاه علامه طباطبایی", "شهرداری قزوین"}},
	})
}

// TestDesignAndBuildPair checks that «طراحی و ساخت» and «مهندسی و ساخت»
// are one term inside a company's name, «ساخت» no verb there.
func TestDesignAndBuildPair(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"مدیرعامل شرکت مهندسی و ساخت تأسیسات دریایی ایران گفت: آماده‌ایم.", []string{"شرکت مهندسی و ساخت تأسیسات دریایی ایران"}},
		{"مدیرعامل شرکت طراحی و ساخت قطعات خودرو سپید گفت: آماده‌ایم.", []string{"شرکت طراحی و ساخت قطعات خودرو سپید"}},
	})
}

// TestParentAfterAndKeepsName checks that a comma-listed name whose words
// after «و» run, within a few words, into the body it belongs to keeps
// them all and the parent's name.
func TestParentAfterAndKeepsName(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"رئیس کمیسیون آموزش، تحقیقات و فناوری مجلس شورای اسلامی گفت: آماده‌ایم.",
			[]string{"کمیسیون آموزش، تحقیقات و فناوری مجلس شورای اسلامی", "مجلس شورای اسلامی"}},
	})
}
