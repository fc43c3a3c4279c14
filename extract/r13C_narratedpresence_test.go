package extract

import (
	"strings"
	"testing"
)

// TestNarratedPresenceEndsQuote checks that a sentence after a quote, in
// its paragraph, that opens with a name and says in the reporter's words
// that he was there («X نیز در آیین حاضر بود») ends the quote: X takes
// part in the opening, and the bare «آیین» makes no ceremony of its own.
func TestNarratedPresenceEndsQuote(t *testing.T) {
	page := "پارک بانوان نمونه‌آباد افتتاح شد\n\n" +
		"به گزارش خبرنگار ما، پارک بانوان نمونه‌آباد صبح امروز با حضور مهندس کامران تیزرو، شهردار نمونه‌آباد افتتاح شد.\n\n" +
		"بیژن سرافرازنیا گفت: زمین پارک را هیئت امنای مسجد جامع نمونه‌آباد در اختیار شهرداری گذاشت. حاج یوسف کاظم‌پناه، رئیس هیئت امنای این مسجد نیز در آیین حاضر بود.\n"
	doc, err := File("q.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 1 || doc.Events[0].Type != "opening" {
		t.Fatalf("events %+v, want one opening", doc.Events)
	}
	got := strings.Join(doc.Events[0].Participants, "|")
	for _, p := range []string{"کامران تیزرو", "بیژن سرافرازنیا", "یوسف کاظم‌پناه"} {
		if !strings.Contains(got, p) {
			t.Errorf("participants %q lack %s", got, p)
		}
	}
}

// TestQuoteNamingPresenceStaysQuote checks that a speaker's own words
// after «گفت:» that name a person present, with no name opening the
// sentence, stay reported speech.
func TestQuoteNamingPresenceStaysQuote(t *testing.T) {
	a := newAnalysis(0, Segment("نشست شورای نمونه‌آباد برگزار شد\n\nبیژن سرافرازنیا در این نشست گفت: پارسال پروژه به پایان رسید. همه مدیران در آن آیین حاضر بودند.\n")[0])
	a.run()
	q := a.quotedTokens()
	_, i1 := a.sentRange(len(a.sents) - 1)
	if !q[i1-1] {
		t.Errorf("the speaker's last sentence is not quoted")
	}
}

// TestExhibitionOpeningNamesNoOpening checks that «گشایش نمایشگاه»
// names an exhibition, not an opening, while «افتتاح پارک» names one.
func TestExhibitionOpeningNamesNoOpening(t *testing.T) {
	a := newAnalysis(0, Segment("پارک بانوان نمونه‌آباد افتتاح شد\n\nبیژن سرافرازنیا نیز در گشایش نمایشگاه حضور داشت. کامران تیزرو در افتتاح پارک حضور داشت.\n")[0])
	a.run()
	open := &eventMention{typ: "opening"}
	n := len(a.sents)
	if a.sentenceNamesEvent(n-2, open) {
		t.Errorf("«گشایش نمایشگاه» taken for an opening")
	}
	if !a.sentenceNamesEvent(n-1, open) {
		t.Errorf("«افتتاح پارک» not taken for an opening")
	}
}
