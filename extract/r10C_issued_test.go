package extract

import "testing"

// A decree's day told in the ceremony's sentence («... که حکم او
// پنجشنبه ۱۳ آذر از سوی وزیر کشور صادر شده بود») does not date the
// ceremony; held on no day told, it is of the article's day.
func TestR10cDecreeDayNotTheCeremonys(t *testing.T) {
	text := "کد خبر: ۱۴۰۴۰۹۱۶۰۸۷۳۲\n" +
		"یکشنبه ۱۶ آذر ۱۴۰۴ / ۱۳:۱۰\n\n" +
		"فرماندار جدید اردکان معارفه شد\n\n" +
		"یزد- ایسنا- مراسم تودیع و معارفه فرماندار شهرستان اردکان با حضور استاندار یزد در سالن اجتماعات فرمانداری اردکان برگزار شد و دکتر سیروس کویرنشین‌زاده که حکم او پنجشنبه ۱۳ آذر از سوی وزیر کشور صادر شده بود، رسماً کار خود را آغاز کرد.\n"
	doc, err := File("issued.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	dated := false
	for _, e := range doc.Events {
		if e.Type == "ceremony" && e.Date != nil && *e.Date == "2025-12-04" {
			t.Errorf("ceremony dated by the decree's day")
		}
		dated = dated || e.Type == "ceremony" && e.Date != nil && *e.Date == "2025-12-07"
	}
	if !dated {
		t.Errorf("no ceremony of the article's day 2025-12-07: %+v", doc.Events)
	}
	if len(doc.Events) != 1 {
		t.Errorf("%d events, want the one ceremony the title and lead tell: %+v", len(doc.Events), doc.Events)
	}
}
