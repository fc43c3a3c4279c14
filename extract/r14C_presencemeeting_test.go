package extract

import "testing"

// TestPresenceToMeet checks «با حضور در X با Y دیدار و گفتگو کرد»: one who
// went to a place to meet someone holds a meeting, while «با حضور در X از
// Y بازدید کرد» stays a visit.
func TestPresenceToMeet(t *testing.T) {
	head := "فرمانده انتظامی نمونه‌آباد معرفی شد\n\n۵ آذر ۱۴۰۵ - ۱۴:۱۰\n\n" +
		"به گزارش خبرنگار ما، آیین تودیع و معارفه فرمانده انتظامی نمونه‌آباد صبح امروز برگزار شد و سرهنگ کامران تیزرو به عنوان فرمانده انتظامی نمونه‌آباد معرفی شد.\n\n"
	cases := []struct{ name, text, want string }{
		{"meet", head + "فرمانده جدید انتظامی شهرستان عصر همان روز با حضور در حوزه علمیه نمونه‌آباد با بیژن سرافرازنیا مدیر حوزه علمیه نمونه‌آباد دیدار و درباره همکاری گفتگو کرد.\n", "meeting"},
		{"visit", head + "فرمانده جدید انتظامی شهرستان عصر همان روز با حضور در گلزار شهدای نمونه‌آباد به مقام شهدا ادای احترام کرد.\n", "visit"},
	}
	for _, c := range cases {
		doc, err := File(c.name+".txt", []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Events) != 2 || doc.Events[1].Type != c.want {
			t.Errorf("%s: events %+v, want a %s second", c.name, doc.Events, c.want)
		}
	}
}
