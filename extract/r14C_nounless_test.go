package extract

import "testing"

// TestSpeechAtThisCeremonyMakesNone checks that «X نیز در این مراسم سخن
// گفت» and «X از سخنرانان این مراسم بود» refer back to the opening told:
// «سخن» and the copula make no compound verb with «مراسم», so no ceremony
// of its own is found.
func TestSpeechAtThisCeremonyMakesNone(t *testing.T) {
	head := "درمانگاه نمونه‌آباد افتتاح شد\n\n" +
		"به گزارش خبرنگار ما، درمانگاه شبانه‌روزی نمونه‌آباد صبح امروز با حضور کامران تیزرو، فرماندار نمونه‌آباد افتتاح شد.\n\n"
	for _, tail := range []string{
		"بیژن سرافرازنیا، رئیس شبکه بهداشت نمونه‌آباد نیز در این مراسم سخن گفت.\n",
		"بیژن سرافرازنیا، رئیس شبکه بهداشت نمونه‌آباد از دیگر سخنرانان این مراسم بود.\n",
	} {
		doc, err := File("q.txt", []byte(head+tail))
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Events) != 1 || doc.Events[0].Type != "opening" {
			t.Errorf("%s: events %+v, want one opening", tail, doc.Events)
		}
	}
}
