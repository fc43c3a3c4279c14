package extract

import (
	"slices"
	"testing"
)

// TestR24ESpacedSecondPart checks surnames typed with a space where their
// parts are joined, when the second part is also a place's or a given
// name: read whole where a comma's post, «به عنوان» or a post follows,
// and not where the sentence goes on after the place or the given name.
func TestR24ESpacedSecondPart(t *testing.T) {
	checkNamesFound(t, []nameCase{
		{"به گفته بهزاد سالکی اردستان، معاون فنی شرکت آب منطقه‌ای، کار لایروبی آغاز شد.\n", "بهزاد سالکی اردستان", ""},
		{"سوسن فتوحی مهرداد، رئیس اداره استاندارد شهرستان کاشان، در این نشست گفت: بازرسی‌ها ادامه دارد.\n", "سوسن فتوحی مهرداد", ""},
		{"در این آیین، کامران فتوحی ناصر آبادی، مدیر امور شعب بانک ملی استان، سخن گفت.\n", "کامران فتوحی ناصر آبادی", ""},
		{"ریاست این اداره با حکم مدیرکل به کامران فتوحی ناصر آبادی سپرده شد.\n", "کامران فتوحی ناصر آبادی", ""},
		{"در این جلسه، بهزاد سالکی اردستان امام جمعه شهر و سرهنگ کاوه ملکی فرمانده انتظامی حضور داشتند.\n", "بهزاد سالکی اردستان", ""},
		{"کامران فتوحی ناصر به عنوان مدیر جدید اداره ورزش و جوانان معرفی شد.\n", "کامران فتوحی ناصر", ""},
		{"به گفته بهزاد سالکی اردستان را باید از نو ساخت.\n", "بهزاد سالکی", "بهزاد سالکی اردستان"},
		{"در این دیدار، کامران فتوحی مهرداد را به تلاش بیشتر فراخواند.\n", "کامران فتوحی", "کامران فتوحی مهرداد"},
	})
}

// TestR24ESecondPartBeforeStop checks a surname's second word typed apart
// right before a preposition or «را», and that a
// verb's prefix typed apart and a surname already joined with the
// non-joiner take no more words.
func TestR24ESecondPartBeforeStop(t *testing.T) {
	checkNamesFound(t, []nameCase{
		{"دکتر بهزاد سالکی کلاته در این بازدید گفت: کار ساخت بیمارستان پیش می‌رود.\n", "بهزاد سالکی کلاته", ""},
		{"ریاست اداره از روز شنبه با حکم استاندار به سوسن فتوحی سروک از کارکنان این اداره سپرده شد.\n", "سوسن فتوحی سروک", ""},
		{"بهزاد سالکی می در این باره گفت.\n", "بهزاد سالکی", "بهزاد سالکی می"},
		{"بهزاد سالکی‌کلاته سروک در این نشست گفت: کار پیش می‌رود.\n", "بهزاد سالکی‌کلاته", "بهزاد سالکی‌کلاته سروک"},
	})
}

// TestR24ECityFirstPart checks a surname whose first part is a city's
// name typed apart from its second part, right after a given name and
// before a clear end; and that a city after a given name with no «ی»
// word after it, or with the sentence going on, gives no such surname.
func TestR24ECityFirstPart(t *testing.T) {
	checkNamesFound(t, []nameCase{
		{"دکتر فرامرز اردستان کلاتی، مدیرکل امور مالیاتی استان، در این نشست گفت: درآمدها افزایش یافت.\n", "فرامرز اردستان کلاتی", ""},
		{"این سند به امضای دکتر فرامرز خمین ساروی رئیس دانشگاه و مهندس کاوه ملکی رسید.\n", "فرامرز خمین ساروی", ""},
		{"سفر فرامرز به اردستان کلاتی را نیز در بر گرفت.\n", "", "فرامرز اردستان کلاتی"},
		{"در این نشست، فرامرز ساوه ای فر، مدیرکل امور مالیاتی استان، گزارشی ارائه کرد.\n", "فرامرز ساوه ای فر", ""},
		{"با حضور فرامرز ساوه ای مدیرعامل شرکت گاز استان این طرح آغاز شد.\n", "فرامرز ساوه ای", ""},
		{"از این هفته فرامرز ساوه ای نژاد از کارکنان این اداره مسئولیت آن را بر عهده دارد.\n", "فرامرز ساوه ای نژاد", ""},
	})
}

// nameCase is a sentence, a person its extraction must find among others
// (want, when set) and a longer name it must not find (not, when set);
// checkPersonCases (persons2_record_test.go) checks the whole list
// instead.
type nameCase struct{ text, want, not string }

// checkNamesFound extracts each case's text and checks its persons.
func checkNamesFound(t *testing.T, cases []nameCase) {
	t.Helper()
	for _, tt := range cases {
		got, _ := personsOf(tt.text)
		if tt.want != "" && !slices.Contains(got, tt.want) {
			t.Errorf("%s: persons %q, want «%s»", tt.text, got, tt.want)
		}
		if tt.not != "" && slices.Contains(got, tt.not) {
			t.Errorf("%s: persons %q, do not want «%s»", tt.text, got, tt.not)
		}
	}
}
