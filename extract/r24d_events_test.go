package extract

import (
	"strings"
	"testing"
)

// TestR24DInterviewNoMeeting checks that a talk given to the press in
// the body, typed «گفت و گو» in three words or given to a
// public-relations office, an agency or the media, is no meeting of its
// own, while a visit told in the lead stays.
func TestR24DInterviewNoMeeting(t *testing.T) {
	for _, talk := range []string{
		"در گفت و گو با روابط عمومی اداره کل",
		"در گفت و گو با خبرنگار ما",
		"در گفتگو با خبرگزاری نمونه",
		"در گفت‌وگو با رسانه‌ها",
	} {
		page := "خبرگزاری نمونه\nتاریخ انتشار: پنجشنبه ۱۲ آذر ۱۴۰۵ - ۱۱:۰۵\n\n" +
			"بازدید فرماندار کندلان از بندر صیادنیا بیدستان\n\n" +
			"کوهسار- شاهین گلپایه‌زاد فرماندار کندلان صبح امروز از بندر صیادنیا بیدستان بازدید کرد.\n\n" +
			"وی در این بازدید گفت: لایروبی اسکله تا پایان سال تمام می‌شود.\n\n" +
			"نادر سپهری‌فرد رئیس اتحادیه صیادان کندلان هم " + talk + "، خواستار افزایش سهمیه سوخت لنج‌ها شد.\n"
		got := r24dEventDates(t, page)
		if len(got) != 1 || got[0] != "visit 2026-12-03" {
			t.Errorf("«%s»: events %v, want only [visit 2026-12-03]", talk, got)
		}
	}
}

// TestR24DSpacedPresentComing checks that a verb typed with a space after
// its «می» («برگزار می شود») tells of an event to come, as «می‌شود» does:
// a weekday alone is the next one.
func TestR24DSpacedPresentComing(t *testing.T) {
	for _, verb := range []string{"برگزار می‌شود", "برگزار می شود"} {
		page := "خبرگزاری نمونه\nتاریخ انتشار: پنجشنبه ۱۲ آذر ۱۴۰۵ - ۱۱:۰۵\n\nنشست شورای اداری کندلان\n\n" +
			"کوهسار- جلسه شورای اداری شهرستان کندلان روز شنبه به ریاست شاهین گلپایه‌زاد فرماندار کندلان در سالن فرمانداری " + verb + ".\n\n" +
			"وی گفت: اشتغال اولویت شهرستان است.\n"
		if got := r24dEventDates(t, page); len(got) != 1 || got[0] != "meeting 2026-12-05" {
			t.Errorf("«%s»: events %v, want [meeting 2026-12-05]", verb, got)
		}
	}
}

// TestR24DTargetAndTermsNoOtherTime checks that a sentence setting a
// target («... تا پایان سال به بهره برداری می رسد») or telling of a
// memorandum's terms («برای پیگیری مفاد تفاهم نامه ... تشکیل می شود») is
// no sentence of an event of another time: its speaker, «به گفته X»,
// stays at the meeting told.
func TestR24DTargetAndTermsNoOtherTime(t *testing.T) {
	for _, said := range []string{
		"دو اسکله جدید تا پایان سال در بندر بیدستان به بهره برداری می رسد.",
		"کارگروهی با حضور دو نماینده از هر طرف برای پیگیری مفاد تفاهم نامه تشکیل می شود.",
	} {
		page := "خبرگزاری نمونه\nتاریخ انتشار: پنجشنبه ۱۲ آذر ۱۴۰۵ - ۱۱:۰۵\n\nنشست مشترک بنادر و گمرک کوهسار برگزار شد\n\n" +
			"کوهسار- نشست مشترک اداره کل بنادر و دریانوردی استان کوهسار و گمرک بیدستان صبح امروز با حضور شاهین گلپایه‌زاد مدیرکل بنادر و دریانوردی استان کوهسار برگزار شد.\n\n" +
			"در این نشست تفاهم نامه همکاری دو اداره به امضا رسید.\n\n" +
			"به گفته مهندس نادر سپهری‌فرد، معاون بندری اداره کل بنادر و دریانوردی استان کوهسار، " + said + "\n"
		doc, err := File("q.txt", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range doc.Events {
			for _, p := range e.Participants {
				found = found || strings.Contains(p, "سپهری")
			}
		}
		if !found {
			t.Errorf("«%s»: the speaker takes part in no event: %+v", said, doc.Events)
		}
	}
}

// TestR24DSpacedPresentBodyEvent checks that an event noun with a light
// verb typed «می کند», told on a day to come in the body, is an event of
// that day, as with «می‌کند».
func TestR24DSpacedPresentBodyEvent(t *testing.T) {
	for _, verb := range []string{"بازدید می‌کند", "بازدید می کند"} {
		page := "خبرگزاری نمونه\nتاریخ انتشار: پنجشنبه ۱۲ آذر ۱۴۰۵ - ۱۱:۰۵\n\nبوستان بانوان کندلان افتتاح شد\n\n" +
			"کوهسار- بوستان بانوان کندلان صبح امروز با حضور شاهین گلپایه‌زاد فرماندار کندلان افتتاح شد.\n\n" +
			"فرماندار در این آیین گفت: بوستان‌های بیشتری سال آینده ساخته می‌شود.\n\n" +
			"به گفته او، نادر سپهری‌فرد، مدیرکل محیط زیست استان کوهسار، فردا از بوستان بانوان " + verb + ".\n"
		got := r24dEventDates(t, page)
		found := false
		for _, g := range got {
			found = found || g == "visit 2026-12-04"
		}
		if !found {
			t.Errorf("«%s»: events %v, want a visit on 2026-12-04", verb, got)
		}
	}
}

// TestR24DSpacedPresentSeeing checks «دیدن می کند», typed with a space,
// as a visit to come, as «دیدن می‌کند» is.
func TestR24DSpacedPresentSeeing(t *testing.T) {
	for _, verb := range []string{"دیدن می‌کند", "دیدن می کند"} {
		page := "خبرگزاری نمونه\nتاریخ انتشار: پنجشنبه ۱۲ آذر ۱۴۰۵ - ۱۱:۰۵\n\nسفر استاندار کوهسار به کندلان\n\n" +
			"کوهسار- شاهین گلپایه‌زاد استاندار کوهسار فردا از کارخانه سیمان کندلان " + verb + ".\n\n" +
			"فرماندار کندلان گفت: طرح‌های شهرستان آماده افتتاح است.\n"
		got := r24dEventDates(t, page)
		found := false
		for _, g := range got {
			found = found || g == "visit 2026-12-04"
		}
		if !found {
			t.Errorf("«%s»: events %v, want a visit on 2026-12-04", verb, got)
		}
	}
}

// TestR24DSpacedPresentBeforeAnd checks that a sentence telling two
// events to come, the first with its verb typed «می شود» before «و»,
// gives both, as with «می‌شود».
func TestR24DSpacedPresentBeforeAnd(t *testing.T) {
	for _, verb := range []string{"برگزار می‌شود", "برگزار می شود"} {
		page := "خبرگزاری نمونه\nتاریخ انتشار: پنجشنبه ۱۲ آذر ۱۴۰۵ - ۱۱:۰۵\n\nجلسه ستاد مدیریت بحران کوهسار برگزار شد\n\n" +
			"کوهسار- جلسه ستاد مدیریت بحران استان کوهسار امروز به ریاست شاهین گلپایه‌زاد معاون استاندار کوهسار برگزار شد.\n\n" +
			"وی گفت: آمادگی دستگاه‌ها برای زمستان باید بیشتر شود.\n\n" +
			"دبیر ستاد همچنین اعلام کرد کارگاه آموزشی هشدار سیلاب روز شنبه ۱۴ آذر در استانداری کوهسار " + verb +
			" و رزمایش استانی زلزله نیز روز چهارشنبه ۲۵ آذر در بیدستان برگزار خواهد شد.\n"
		got := r24dEventDates(t, page)
		found := false
		for _, g := range got {
			found = found || g == "other 2026-12-16"
		}
		if !found {
			t.Errorf("«%s»: events %v, want the drill on 2026-12-16", verb, got)
		}
	}
}
