package extract

import "strings"

// r24bNisbaSurnameAt reports a token at i that is one of the article's
// known surnames and ends in «ه‌ای» with its non-joiner typed (a nisba of a
// place in «ه»: «…‌قمشه‌ای», «…‌ساوه‌ای»). isNameWord reads «ه‌ای» as a
// plural when no given name stands before it, since «قلعهای» may be
// «قلعه‌ای» typed without the non-joiner; with the non-joiner typed the
// word is no plural («ها» never follows a non-joiner after «ه»), so the
// surname alone names its person.
func (a *analysis) r24bNisbaSurnameAt(i int, surnames map[string]string) bool {
	t := a.toks[i]
	if t.punct || t.digit || a.covered(i) || !strings.HasSuffix(t.text, "ه\u200cای") {
		return false
	}
	_, ok := surnames[t.key]
	return ok
}
