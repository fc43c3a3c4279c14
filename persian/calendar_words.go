package persian

// This file holds the calendar vocabulary the date reader knows, written
// normalized (Persian letters, ASCII digits).

// monthNames maps the Solar Hijri month names, and their common variants,
// to their numbers.
var monthNames = map[string]int{
	"فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5,
	"شهریور": 6, "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}

// monthWord is the word «ماه» that may follow or be glued to a month name.
const monthWord = "ماه"

// yearWord is the word «سال» that introduces a bare year.
const yearWord = "سال"

// dateFiller are words that may stand between a weekday and its day.
var dateFiller = map[string]bool{"مورخ": true}

// weekdaySeparators may stand between a weekday and its day in a
// dateline: «سه‌شنبه، ۲ اردیبهشت»، «سه‌شنبه / ۲ اردیبهشت»، «سه‌شنبه - ...».
var weekdaySeparators = map[string]bool{"،": true, ",": true, "/": true, "-": true, "|": true, "(": true}

// gregorianMonths maps the Gregorian month names, as Persian writes them
// and in English (lower case, also abbreviated), to their numbers.
var gregorianMonths = map[string]int{
	"ژانویه": 1, "ژانویهٔ": 1, "فوریه": 2, "مارس": 3, "آوریل": 4, "مه": 5, "می": 5, "ژوئن": 6,
	"ژوئیه": 7, "جولای": 7, "اوت": 8, "آگوست": 8, "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

// rangeWords join the first and last days of a span: «۱۵ تا ۱۸ اردیبهشت».
var rangeWords = map[string]bool{"تا": true, "الی": true, "-": true}

// eraWords may follow a year: «۱۴۰۳ هجری شمسی».
var eraWords = map[string]bool{"هجری": true, "شمسی": true, "خورشیدی": true}

// weekdays are the day names, each as its words; «سه‌شنبه» and «سه شنبه»
// both split into two words.
var weekdays = [][]string{
	{"شنبه"}, {"یکشنبه"}, {"یک", "شنبه"}, {"دوشنبه"}, {"دو", "شنبه"},
	{"سه", "شنبه"}, {"سهشنبه"}, {"چهارشنبه"}, {"چهار", "شنبه"},
	{"پنجشنبه"}, {"پنج", "شنبه"}, {"جمعه"},
}

// period is a named span of the Solar Hijri year.
type period struct {
	words      []string
	month, day int // first day
}

// periods are the named spans the date reader knows.
var periods = []period{
	{[]string{"دهه", "فجر"}, 11, 12},          // 12–22 Bahman
	{[]string{"هفته", "دولت"}, 6, 2},          // 2–8 Shahrivar
	{[]string{"هفته", "دفاع", "مقدس"}, 6, 31}, // 31 Shahrivar – 6 Mehr
	{[]string{"هفته", "بسیج"}, 9, 5},          // 5–11 Azar
	{[]string{"نوروز"}, 1, 1},                 // 1–13 Farvardin
}
