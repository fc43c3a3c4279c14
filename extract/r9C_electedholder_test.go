package extract

import (
	"strings"
	"testing"
)

// «شهردار منتخب» under a subheading is the mayor the council elected:
// the paragraph stays in the report and the post stands for him.
func TestR9cElectedHolder(t *testing.T) {
	text := "شناسه خبر: ۱۱۹۰۳\n" +
		"تاریخ: یکشنبه ۱۶ آذر ۱۴۰۴ ساعت ۱۷:۰۵\n\n" +
		"بهراد سپیدکوه شهردار ملایر شد\n\n" +
		"روابط عمومی شهرداری ملایر: اعضای شورای اسلامی شهر ملایر در جلسه فوق‌العاده شامگاه دیروز، بهراد سپیدکوه را با پنج رأی به عنوان شهردار ملایر برگزیدند.\n\n" +
		"بازدید از پروژه بوستان ساحلی\n\n" +
		"شهردار منتخب صبح امروز به همراه کیانوش مهرآیین فرماندار ملایر از پروژه بوستان ساحلی بازدید کرد.\n"
	if arts := Segment(text); len(arts) != 1 {
		t.Fatalf("got %d articles, want 1", len(arts))
	}
	doc, err := File("elected.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(eventsByType(doc)["visit"], "|")
	if !strings.Contains(got, "بهراد سپیدکوه") || !strings.Contains(got, "کیانوش مهرآیین") {
		t.Errorf("visit participants %q, want the elected mayor and the governor", got)
	}
}
