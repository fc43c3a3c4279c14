package extract

import "testing"

// A subheading whose paragraph refers back to the event told above
// («پس از پایان این آیین»، «عصر همان روز») does not open a new article.
func TestR7cSubheadingRefersBack(t *testing.T) {
	text := "آیین معارفه شهردار جدید شهر نمونه‌آباد برگزار شد\n\n" +
		"به گزارش خبرنگار ما، آیین معارفه بهمن پرتوی‌نیک به عنوان شهردار جدید شهر نمونه‌آباد صبح امروز با حضور فرماندار شهرستان در سالن شورا برگزار شد.\n\n" +
		"بازدید از طرح بوستان ساحلی\n" +
		"عصر همان روز فرماندار به همراه شهردار جدید از روند اجرای طرح بوستان ساحلی شهر نمونه‌آباد بازدید کرد و در جریان پیشرفت کار قرار گرفت.\n"
	if arts := Segment(text); len(arts) != 1 {
		t.Fatalf("got %d articles, want 1 (the subheading is not a headline)", len(arts))
	}
	text2 := "بازدید از طرح بوستان ساحلی\n" +
		"پس از پایان این آیین فرماندار به همراه شهردار جدید از روند اجرای طرح بوستان ساحلی شهر نمونه‌آباد بازدید کرد."
	if !refersBack("پس از پایان این آیین فرماندار به همراه شهردار جدید بازدید کرد.") || refersBack("فرماندار از طرح بوستان ساحلی بازدید کرد.") {
		t.Fatal("refersBack")
	}
	_ = text2
}
