package extract

import "testing"

// TestListedPostOfBodyBefore checks «الف معاون درمان دانشگاه X، ب معاون
// آموزشی و ...»: a listed post with no body and the same first word as the
// item before it is in that item's body; another first word is not.
func TestListedPostOfBodyBefore(t *testing.T) {
	title := "نشست شورای معاونان دانشگاه علوم پزشکی سمنان برگزار شد\n\n"
	checkAffiliationCases(t, []affCase{
		{"same post word", title + "در این نشست دکتر بهرام نیک‌فر معاون درمان دانشگاه علوم پزشکی سمنان، دکتر کاوه رستمی معاون آموزشی و جمعی از مدیران نیز حضور داشتند.",
			[]string{"بهرام نیک‌فر|معاون درمان|دانشگاه علوم پزشکی سمنان", "کاوه رستمی|معاون آموزشی|دانشگاه علوم پزشکی سمنان"}},
		{"another post word", title + "در این نشست دکتر بهرام نیک‌فر معاون درمان دانشگاه علوم پزشکی سمنان، دکتر کاوه رستمی مشاور آموزشی و جمعی از مدیران نیز حضور داشتند.",
			[]string{"بهرام نیک‌فر|معاون درمان|دانشگاه علوم پزشکی سمنان"}},
	})
}
