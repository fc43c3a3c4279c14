package extract

import "testing"

// TestR13BHeadedVenue checks «مدیر دبیرستان/مدرسه علمیه/پایگاه X»: the
// head of a school or a base heads the venue itself, not a «مدیریت».
func TestR13BHeadedVenue(t *testing.T) {
	checkAffiliationCases(t, []affCase{
		{"a school", "کاوه نیکوپور، مدیر دبیرستان نمونه نطنز در این آیین سخن گفت.",
			[]string{"کاوه نیکوپور|مدیر|دبیرستان نمونه نطنز"}},
		{"a seminary school with a bracket", "مدیر مدرسه علمیه امام صادق (ع) نطنز، بهمن رادمنش نیز حضور داشت.",
			[]string{"بهمن رادمنش|مدیر|مدرسه علمیه امام صادق (ع) نطنز"}},
		{"a base", "سارا مقدم‌نیا، مدیر پایگاه میراث فرهنگی کویر نطنز از بازدید ۵۰۰ گردشگر خبر داد.",
			[]string{"سارا مقدم‌نیا|مدیر|پایگاه میراث فرهنگی کویر نطنز"}},
	})
}

// TestR13BHolyNameInBody checks «بیمارستان‌های امام حسین (ع) و X»: a holy
// name inside a body's name is no person, where one quoted is.
func TestR13BHolyNameInBody(t *testing.T) {
	names, _ := personsOf("معاون درمان دانشگاه علوم پزشکی یزد از بیمارستان‌های امام حسین (ع) و شهید صدوقی یزد بازدید کرد.")
	for _, n := range names {
		if n == "حسین" || n == "امام حسین" {
			t.Errorf("got the holy name %q as a person in %q", n, names)
		}
	}
	names, _ = personsOf("وی سخن خود را با حدیثی از امام حسین (ع) آغاز کرد.")
	if len(names) != 1 {
		t.Errorf("got %q, want the one quoted", names)
	}
}
