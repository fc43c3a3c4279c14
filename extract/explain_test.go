package extract

import (
	"testing"
)

// TestExplainEventsDatesParticipants checks that Explain tells which rule
// gave the article's date, each event, its date and each participant,
// and why an event word or a person was left out.
func TestExplainEventsDatesParticipants(t *testing.T) {
	text := "جلسه شورای ترافیک شهرستان تفت\n" +
		"کد خبر: ۶۱۲ تاریخ انتشار: ۱۴۰۴/۰۲/۱۶ - ۱۰:۳۰\n" +
		"به گزارش خبرنگار ما، جلسه شورای ترافیک شهرستان تفت صبح امروز با حضور کامران سپهری‌فر فرماندار تفت برگزار شد.\n\n" +
		"سپهری‌فر در این جلسه گفت: پس از بازنشستگی بهنام رستگاری، مهرداد کاویانی سرپرستی اداره راه تفت را بر عهده دارد.\n\n" +
		"در ادامه نسرین دهقانی از پایانه مسافربری تفت بازدید کرد.\n\n" +
		"وی گفت نمایشگاه خودروهای امدادی نیز در آینده افتتاح خواهد شد.\n"
	doc, out := explainText(t, "explain.txt", text)
	if len(doc.Events) != 2 {
		t.Fatalf("events %+v, want a meeting and a visit", doc.Events)
	}
	wantNotes(t, out, []string{
		"+ date        [article date: dateline] 2025-05-06 «۱۴۰۴/۰۲/۱۶»\n    article 0\n",
		"+ event       [event word in the title] meeting: جلسه شورای ترافیک شهرستان تفت",
		"+ date        [relative day near the event's sentence, from the article's date] meeting: 2025-05-06 «امروز»",
		"+ event       [event noun + light verb] visit:",
		"+ date        [the article's main event's date] visit: 2025-05-06",
		"+ participant [named in the article of its main event] کامران سپهری‌فر → meeting",
		"+ participant [named in the event's sentences] نسرین دهقانی → visit",
		"- participant [participation] مهرداد کاویانی → meeting: جلسه شورای ترافیک شهرستان تفت — rejected: named only in reported speech",
		"- participant [participation] کامران سپهری‌فر → visit: ",
		"rejected: named outside the event's sentences",
		"- event       [event noun in a body sentence] exhibition: نمایشگاه — rejected: still to come, and the sentence names no day",
		"- event       [event noun in a body sentence] meeting: جلسه — rejected: refers back («این/آن ...») to an event told before",
	})
}
