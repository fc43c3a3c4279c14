package persian

// This file holds the number vocabulary ParseNumber knows, written
// normalized.

// cardinals maps the cardinal number words, with common spoken variants,
// to their values.
var cardinals = map[string]int{
	"صفر": 0, "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "شیش": 6,
	"هفت": 7, "هشت": 8, "نه": 9, "ده": 10, "یازده": 11, "دوازده": 12, "سیزده": 13,
	"چهارده": 14, "پانزده": 15, "پونزده": 15, "شانزده": 16, "هفده": 17, "هیفده": 17,
	"هجده": 18, "هیجده": 18, "نوزده": 19,
	"بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50, "شصت": 60, "هفتاد": 70, "هشتاد": 80, "نود": 90,
	"صد": 100, "یکصد": 100, "دویست": 200, "سیصد": 300, "چهارصد": 400, "پانصد": 500, "پونصد": 500,
	"ششصد": 600, "هفتصد": 700, "هشتصد": 800, "نهصد": 900,
	"هزار": 1000, "میلیون": 1000000, "میلیارد": 1000000000,
}

// ordinalIrregular are ordinals not formed by adding «م» or «مین» to a
// cardinal. «سیم» (wire) is left out on purpose.
var ordinalIrregular = map[string]int{"سوم": 3, "سومین": 3}

// ordinalFirst are the words for «first» that never end a compound number.
var ordinalFirst = map[string]bool{"اول": true, "اولین": true, "نخست": true, "نخستین": true}

// ordinalSuffixes are the separate words that make the number before them
// ordinal: «سی ام», «سی‌امین».
var ordinalSuffixes = map[string]bool{"ام": true, "امین": true, "م": true, "مین": true}

// andWord joins the parts of a compound number: «سی و یکم».
const andWord = "و"
