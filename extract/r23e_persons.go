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
