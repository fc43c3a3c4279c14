package extract

import "testing"

// «از X بازدید و در جریان ... قرار گرفت»: the visit's verb is elided before «و».
func TestR7cVisitWithElidedVerb(t *testing.T) {
	text := "آیین معارفه فرمانده انتظامی شهرستان الف‌آباد برگزار شد\n\n" +
		"به گزارش پایگاه خبری نمونه، آیین معارفه فرمانده انتظامی شهرستان الف‌آباد صبح امروز با حضور بهمن پرتوی‌نیک، فرمانده انتظامی استان نمونه، برگزار شد.\n\n" +
		"شایان ذکر است، فرمانده انتظامی استان روز گذشته به همراه کوروش مهرپاک، فرمانده مرزبانی استان نمونه، از پاسگاه مرزی نمونه‌دشت بازدید و در جریان آخرین وضعیت مرز قرار گرفت."
	doc, err := File("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Events {
		if e.Type == "visit" {
			return
		}
	}
	t.Errorf("no visit in %+v", doc.Events)
}
