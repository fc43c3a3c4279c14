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
	// A report opened by a dateline, not «به گزارش», and an event word
	// opening the subheading.
	text3 := "سرپرست اداره کل نمونه استان الف منصوب شد\n\n" +
		"الف‌آباد - خبرگزاری نمونه - با حکم وزیر، بهمن پرتوی‌نیک به عنوان سرپرست اداره کل نمونه استان الف منصوب شد و آیین معارفه او صبح امروز برگزار شد.\n\n" +
		"بازدید از پروژه مسکن شهرک نمونه\n" +
		"عصر همان روز معاون وزیر به همراه سرپرست جدید اداره کل از پروژه مسکن شهرک نمونه بازدید کرد و در جریان پیشرفت کار قرار گرفت.\n"
	if arts := Segment(text3); len(arts) != 1 {
		t.Fatalf("dateline lead: got %d articles, want 1", len(arts))
	}
	if !isBackRefSubheading([]segLine{{text: "گشایش نمایشگاه صنایع دستی نمونه"}, {text: "همچنین صبح امروز نمایشگاه صنایع دستی استان الف با حضور معاون استاندار گشایش یافت."}}, 0) {
		t.Fatal("«همچنین» under a subheading not seen as going on")
	}
	if !isBackRefSubheading([]segLine{{text: "جلسه شورای ترافیک بخش"}, {text: "پس از پایان آیین معارفه، نخستین جلسه شورای ترافیک بخش نمونه به ریاست بخشدار برگزار شد."}}, 0) {
		t.Fatal("«پس از پایان آیین ...» under a subheading not seen as going on")
	}
	// A digest item's own opening sentence is no subheading.
	if isBackRefSubheading([]segLine{{text: "نشست شورای نمونه شهرستان الف دوشنبه با حضور اعضا برگزار شد."}, {text: "در این جلسه برنامه‌های سال بررسی شد."}}, 0) {
		t.Fatal("a full sentence taken for a subheading")
	}
	if !isBackRefSubheading([]segLine{{text: "بازدید از پروژه مسکن شهرک نمونه"}, {text: "عصر همان روز معاون وزیر از پروژه بازدید کرد."}}, 0) {
		t.Fatal("subheading not seen")
	}
}
