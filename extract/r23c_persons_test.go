package extract

import (
	"slices"
	"testing"
)

// TestR23CBodyNameNoPerson checks that an outlet named in the furniture
// with no head noun («نسترن سبز | روزنامه ...») is no person where the
// dateline repeats it («شهر - نسترن سبز:»).
func TestR23CBodyNameNoPerson(t *testing.T) {
	text := "نسترن سبز | روزنامه صبح استان سمنان\n\n" +
		"سمنان - نسترن سبز: رسول بهارلونیا، مدیرکل ورزش و جوانان استان سمنان، از افتتاح دو سالن ورزشی خبر داد."
	names, _ := personsOf(text)
	if slices.Contains(names, "نسترن سبز") || !slices.Contains(names, "رسول بهارلونیا") {
		t.Errorf("persons %q, want رسول بهارلونیا and no نسترن سبز", names)
	}
}

// TestR23CNamesakePlaces checks that a holy name in a township's name
// («شهرک امام رضا (ع)») and a martyr's name in a named house («خانه
// کشتی شهید X») are no persons of the report.
func TestR23CNamesakePlaces(t *testing.T) {
	names, _ := personsOf("رسول بهارلونیا از آغاز ساخت یک دبستان در شهرک امام حسن (ع) نطنز خبر داد.")
	if len(names) != 1 {
		t.Errorf("persons %q, want رسول بهارلونیا alone", names)
	}
	names, _ = personsOf("این آیین با حضور رسول بهارلونیا در خانه کشتی شهید کاوه نیکوپور نطنز برگزار شد.")
	if len(names) != 1 {
		t.Errorf("persons %q, want رسول بهارلونیا alone", names)
	}
}

// TestR23CCommonGivenInApposition checks that a given name that is also
// a common word («ولی») names the holder set off by commas after a post
// («فرماندار الف، ولی ب، گفت»), while the conjunction stays a word.
func TestR23CCommonGivenInApposition(t *testing.T) {
	names, _ := personsOf("فرماندار نطنز، ولی بهارلونیا، نیز در این جلسه گفت: سه طرح آماده افتتاح است.")
	if !slices.Contains(names, "ولی بهارلونیا") {
		t.Errorf("persons %q, want ولی بهارلونیا", names)
	}
	names, _ = personsOf("رسول بهارلونیا گفت: این طرح آماده است، ولی اعتبار آن هنوز نرسیده است.")
	if len(names) != 1 {
		t.Errorf("persons %q, want رسول بهارلونیا alone", names)
	}
}

// TestR23CPlaceBeforePostNoPerson checks that a dateline's province right
// before a post («ایرنا/سیستان و بلوچستان مدیرکل ...») is no holder.
func TestR23CPlaceBeforePostNoPerson(t *testing.T) {
	names, _ := personsOf("ایرنا/سیستان و بلوچستان مدیرکل ورزش و جوانان استان از برگزاری جشنواره بازی‌های بومی در ایرانشهر خبر داد.")
	if len(names) != 0 {
		t.Errorf("persons %q, want none", names)
	}
}

// TestR23CTurkmenGivenNames checks Turkmen given names of «آنه» glued to a
// name («آنه‌محمد»): the name and the surname after them are one person.
func TestR23CTurkmenGivenNames(t *testing.T) {
	names, _ := personsOf("در این جلسه حاج آنه‌محمد قزل‌سفلی‌پور، مدیرعامل شرکت تعاونی صیادان بندر ترکمن، سخن گفت.")
	if !slices.Contains(names, "آنه‌محمد قزل‌سفلی‌پور") {
		t.Errorf("persons %q, want آنه‌محمد قزل‌سفلی‌پور", names)
	}
}
