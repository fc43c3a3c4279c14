package extract

import (
	"slices"
	"testing"
)

// TestR9AMastheadSite checks that a site's whole name on a line of its
// own (پایگاه خبری X، پایگاه اطلاع‌رسانی BODY، کانال خبری X) is a body,
// and that a short line of its own is the outlet when the same words come
// back as the outlet of a byline or a dateline, and not otherwise.
func TestR9AMastheadSite(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
		ok   bool
	}{
		{"پایگاه خبری نوبران امروز\nکامران نیک‌فر مدیر اداره ورزش نوبران شد\nبه گزارش خبرنگار ما، کامران نیک‌فر مدیر اداره ورزش نوبران شد.", "پایگاه خبری نوبران امروز", true},
		{"پایگاه اطلاع‌رسانی شهرداری نوبران\nکامران نیک‌فر شهردار نوبران شد\nاعضای شورا کامران نیک‌فر را برگزیدند.", "پایگاه اطلاع‌رسانی شهرداری نوبران", true},
		{"کانال خبری صدای نوبران\nکامران نیک‌فر دهیار روستای سیاه‌کوه شد\nاعضای شورا کامران نیک‌فر را برگزیدند.", "کانال خبری صدای نوبران", true},
		{"آوای کویر | خبر کوتاه\nبازدید فرماندار از سد\nنوبران- آوای کویر- فرماندار نوبران صبح امروز از سد بازدید کرد.", "آوای کویر", true},
		{"آوای کویر\nبازدید فرماندار از سد\nکامران نیک‌فر – خبرنگار آوای کویر\nفرماندار نوبران صبح امروز از سد بازدید کرد.", "آوای کویر", true},
		{"آوای کویر\nبازدید فرماندار از سد\nفرماندار نوبران صبح امروز از سد بازدید کرد.", "آوای کویر", false},
	} {
		got := orgNames(t, tc.text)
		if slices.ContainsFunc(got, func(s string) bool { return firstOfAlias(s) == tc.want }) != tc.ok {
			t.Errorf("%q: bodies %q, want %q listed: %v", tc.text, got, tc.want, tc.ok)
		}
	}
}

func firstOfAlias(s string) string {
	for i, r := range s {
		if r == '|' {
			return s[:i]
		}
	}
	return s
}

// TestR9ATwoWordOutlet checks that a lead's source of two words, one a
// place or an outlet's ending (ورزش X، X امروز), is the outlet, while a
// source of two plain words names none.
func TestR9ATwoWordOutlet(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"به گزارش ورزش شاهرود، کامران نیک‌فر رئیس هیئت کشتی شاهرود شد.", []string{"ورزش شاهرود", "هیئت کشتی شاهرود"}},
		{"به گزارش شاهرود آنلاین، کامران نیک‌فر رئیس هیئت کشتی شاهرود شد.", []string{"شاهرود آنلاین", "هیئت کشتی شاهرود"}},
		{"به گزارش منابع محلی، کامران نیک‌فر رئیس هیئت کشتی شاهرود شد.", []string{"هیئت کشتی شاهرود"}},
		{"به گزارش ایرنا شاهرود، کامران نیک‌فر رئیس هیئت کشتی شاهرود شد.", []string{"ایرنا", "هیئت کشتی شاهرود"}},
	})
}

// TestR9ADatelineOutlet checks that a listed outlet between the dashes of
// a dateline after its place is a body.
func TestR9ADatelineOutlet(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"شاهرود - تسنیم - کامران نیک‌فر مدیرکل بهزیستی استان سمنان شد.", []string{"تسنیم", "اداره کل بهزیستی استان سمنان|بهزیستی استان سمنان"}},
		{"شاهرود- نور نیوز- کامران نیک‌فر مدیرکل بهزیستی استان سمنان شد.", []string{"نور نیوز", "اداره کل بهزیستی استان سمنان|بهزیستی استان سمنان"}},
	})
}

// TestR9AMastheadBeatIsNoOutlet checks that a section line whose word
// comes back as a reporter's beat before a listed outlet (خبرنگار اقتصادی
// ایرنا) is no outlet.
func TestR9AMastheadBeatIsNoOutlet(t *testing.T) {
	got := orgNames(t, "اقتصادی\nبازدید فرماندار از سد\nبه گزارش خبرنگار اقتصادی ایرنا، فرماندار نوبران صبح امروز از سد بازدید کرد.")
	for _, g := range got {
		if firstOfAlias(g) == "اقتصادی" {
			t.Errorf("bodies %q: a reporter's beat listed as an outlet", got)
		}
	}
}
