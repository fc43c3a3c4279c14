package extract

import (
	"slices"
	"strings"
	"testing"
)

// r21cHasBody reports a body (its name, then its aliases) named want.
func r21cHasBody(got []string, want string) bool {
	return slices.ContainsFunc(got, func(s string) bool { return s == want || strings.HasPrefix(s, want+"|") })
}

// TestR21CSeatAfterDash checks that a provincial directorate's seat,
// written after a dash («... مازندران - نوشهر»), is part of its name, and
// that a city of another province after a dash is not.
func TestR21CSeatAfterDash(t *testing.T) {
	const want = "اداره کل منابع طبیعی و آبخیزداری مازندران - نوشهر"
	got := orgNames(t, "رسول بهارلونیا، معاون فنی اداره کل منابع طبیعی و آبخیزداری مازندران - نوشهر، از کاشت ۲۰ هزار نهال خبر داد.")
	if !r21cHasBody(got, want) {
		t.Errorf("bodies %q, want %q", got, want)
	}
	got = orgNames(t, "رسول بهارلونیا، معاون فنی اداره کل منابع طبیعی و آبخیزداری مازندران - کرمان، از کاشت ۲۰ هزار نهال خبر داد.")
	if r21cHasBody(got, "اداره کل منابع طبیعی و آبخیزداری مازندران - کرمان") {
		t.Errorf("bodies %q, want no seat of another province", got)
	}
}

// TestR21CUniversityAtLarge checks that a university named on its own with
// no place («رئیس دانشگاه فرهنگیان») stays the university at large when
// the file names it with a province only inside a campus's name.
func TestR21CUniversityAtLarge(t *testing.T) {
	text := "رسول بهارلونیا، رئیس دانشگاه فرهنگیان، ماهان ترکمان‌پور را به سمت سرپرست پردیس شهید رجایی دانشگاه فرهنگیان سمنان منصوب کرد."
	got := orgNames(t, text)
	if !r21cHasBody(got, "دانشگاه فرهنگیان") {
		t.Errorf("bodies %q, want «دانشگاه فرهنگیان» apart", got)
	}
}

// TestR21CTeachingHospital checks that «بیمارستان X» is the teaching
// hospital the file names «مرکز آموزشی درمانی X».
func TestR21CTeachingHospital(t *testing.T) {
	text := "رسول بهارلونیا، رئیس مرکز آموزشی درمانی امام رضا سمنان، گفت: بخش جدید بیمارستان امام رضا سمنان هفته آینده افتتاح می‌شود."
	got := orgNames(t, text)
	if r21cHasBody(got, "بیمارستان امام رضا سمنان") || !slices.ContainsFunc(got, func(s string) bool {
		return strings.HasPrefix(s, "مرکز آموزشی درمانی امام رضا سمنان|") && strings.Contains(s, "|بیمارستان امام رضا سمنان")
	}) {
		t.Errorf("bodies %q, want «مرکز آموزشی درمانی امام رضا سمنان» with «بیمارستان امام رضا سمنان» as its form", got)
	}
}

// TestR21CDashedAdjectives checks that a dash between two adjectives in a
// body's name («منطقه آزاد تجاری - صنعتی الف») does not cut the name.
func TestR21CDashedAdjectives(t *testing.T) {
	const want = "سازمان منطقه آزاد تجاری - صنعتی کندلان"
	got := orgNames(t, "رسول بهارلونیا، مدیرعامل سازمان منطقه آزاد تجاری - صنعتی کندلان، از امضای ۱۲ قرارداد سرمایه‌گذاری خبر داد.")
	if !r21cHasBody(got, want) {
		t.Errorf("bodies %q, want %q", got, want)
	}
}

// TestR21CGraduateUniversity checks that «دانشگاه X» is not the short
// form of «دانشگاه تحصیلات تکمیلی ... X», a university of another kind.
func TestR21CGraduateUniversity(t *testing.T) {
	text := "رسول بهارلونیا، رئیس دانشگاه سمنان، و ماهان ترکمان‌پور، رئیس پژوهشکده فیزیک دانشگاه تحصیلات تکمیلی علوم پایه سمنان، تفاهم‌نامه همکاری امضا کردند."
	got := orgNames(t, text)
	if !r21cHasBody(got, "دانشگاه سمنان") {
		t.Errorf("bodies %q, want «دانشگاه سمنان» apart", got)
	}
}
