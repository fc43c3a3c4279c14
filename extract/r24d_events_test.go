package extract

import "testing"

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
			"بازدید فرماندار کندلان از بندر صیادی بیدستان\n\n" +
			"کوهسار- شاهین گلپایه‌زاد فرماندار کندلان صبح امروز از بندر صیادی بیدستان بازدید کرد.\n\n" +
			"وی در این بازدید گفت: لایروبی اسکله تا پایان سال تمام می‌شود.\n\n" +
			"نادر سپهری‌فرد رئیس اتحادیه صیادان کندلان هم " + talk + "، خواستار افزایش سهمیه سوخت لنج‌ها شد.\n"
		got := r24dEventDates(t, page)
		if len(got) != 1 || got[0] != "visit 2026-12-03" {
			t.Errorf("«%s»: events %v, want only [visit 2026-12-03]", talk, got)
		}
	}
}
