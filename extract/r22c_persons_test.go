package extract

import (
	"slices"
	"testing"
)

// TestR22CThreePartSurname checks that a given name that is also a common
// word («امید») is read as a given name before a surname of three parts
// whose first two are a surname with its ending («نادر‌پوری‌سرخه»).
func TestR22CThreePartSurname(t *testing.T) {
	doc, err := File("t.txt", []byte("در این نشست امید نادر‌پوری‌سرخه نماینده مردم ساوه در مجلس شورای اسلامی از طرح آبرسانی حمایت کرد.\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range doc.Persons {
		got = append(got, p.Name)
	}
	if !slices.Contains(got, "امید نادر‌پوری‌سرخه") {
		t.Errorf("persons %q, want «امید نادر‌پوری‌سرخه»", got)
	}
}

// TestR22COutletNotPerson checks that an outlet's own name, which starts
// with a given name («هفته‌نامه نسیم دشت»), is no person where the page
// writes it without its head.
func TestR22COutletNotPerson(t *testing.T) {
	text := "هفته‌نامه نسیم دشت | خبرهای ساوه\nساوه- نسیم دشت: رسول بهارلونیا به عنوان مدیر امور آب و فاضلاب شهرستان ساوه معرفی شد.\nبه گزارش نسیم دشت، بهارلونیا گفت: آبفای ساوه برای تابستان آماده است.\n"
	doc, err := File("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range doc.Persons {
		if p.Name == "نسیم دشت" {
			t.Errorf("persons %+v, want no «نسیم دشت»", doc.Persons)
		}
	}
}
