package extract

// r23eCommonGivenBeforePost reports a given name that is also a common word
// (امید، آرزو، سیروان) whose next word, a name word, is followed by a post
// after a comma or after «(نیز) به عنوان»: «امید کاوه‌ای، رئیس اداره X،
// گفت», «امید سالاری نیز به عنوان معاون Z معرفی شد». A post in apposition
// or after «به عنوان» names who holds it, so the words before it are a
// person's name whatever the surname's ending. A post right after the two
// words is not enough: «پیام تبریک استاندار» is a noun's chain.
func (a *analysis) r23eCommonGivenBeforePost(i int) bool {
	ts := a.toks
	e := a.groupEnd(i + 1)
	same := func(k int) bool { return k < len(ts) && ts[k].sent == ts[i].sent }
	switch {
	case same(e) && (ts[e].text == "،" || ts[e].text == ","):
		e++
	case same(e+2) && ts[e].key == keyAlso && ts[e+1].key == keyTo && ts[e+2].key == keyTitle:
		e += 3 // «X Y نیز به عنوان R»
	case same(e+1) && ts[e].key == keyTo && ts[e+1].key == keyTitle:
		e += 2 // «X Y به عنوان R»
	default:
		return false
	}
	return same(e) && roleWordsAt(ts, e) > 0
}

// r23eNameEndWords are words that a report writes right after a person's
// name and that are never a name's last word: the time of day and the day
// of the telling («X Y صبح امروز در …»، «X Y روز گذشته …»), «نیز» and the
// relative «که». A word before one of them, after a surname, is the
// surname's second word when the surname is typed with a space where its
// parts are joined (تابان‌فر اصل، کاوه‌ای زرکوه).
var r23eNameEndWords = keySet("صبح", "عصر", "ظهر", "شب", "بامداد", "شامگاه", "امروز", "دیروز", "امشب", "فردا", "نیز", "که")

// r23eSpacedSurnameEnd reads a surname of three parts typed with spaces
// where its parts are joined («سرلک سیه کوه» for «سرلک‌سیه‌کوه»,
// «کاوسی کلاته سرخ»): after the second part at j, one more name word (not a
// given name) and then a clear end of a name inside the sentence: a comma,
// a post, a title, «و» or a word of the day's time. It returns the end of
// the last part. Words of a sentence run on into a verb, a stop word or a
// common word first, and the end of a sentence is not enough («… X Y
// صمیمانه سپاسگزاریم.»), so they are not read as parts.
func (a *analysis) r23eSpacedSurnameEnd(i, j int) (int, bool) {
	ts := a.toks
	k := a.groupEnd(j)
	if k >= len(ts) || ts[k].sent != ts[i].sent || ts[k].punct || givenNames.has(ts[k].key) || !a.isNameWord(k) {
		return 0, false
	}
	k = a.groupEnd(k)
	if k >= len(ts) || ts[k].sent != ts[i].sent || ts[k].punct && ts[k].text != "،" {
		return 0, false
	}
	return k, a.hardEnd(k) && !a.r17bVerbEndsSentence(j, k)
}
