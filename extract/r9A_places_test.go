package extract

import "testing"

// TestR9AShortHeadWithPlace checks that a head written without its «ی»
// (آبفا) still takes the place after it, while before other words it
// stands alone.
func TestR9AShortHeadWithPlace(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"این طرح توسط آبفا استان سمنان در حال اجرا است.", []string{"آبفا استان سمنان"}},
		{"شورا انتخاب شهردار را به تعویق انداخت.", nil},
	})
}

// TestR9ADatelineTownClosesName checks that a town no list holds closes a
// body's name after «شهرستان» when the dateline gives it as the place,
// and does not otherwise.
func TestR9ADatelineTownClosesName(t *testing.T) {
	checkBodies(t, []struct {
		text string
		want []string
	}{
		{"سیاه‌کوه- ایرنا- کامران نیک‌فر مدیر آبفای شهرستان سیاه‌کوه از تصفیه‌خانه بازدید کرد.", []string{"ایرنا", "آبفای شهرستان سیاه‌کوه"}},
	})
}
