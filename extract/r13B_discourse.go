package extract

// openerWords start a short connective that may open a sentence before its
// subject: «در ادامه،»، «سپس،»، «همچنین،»، «در پایان این آیین،».
var openerWords = keySet("در", "سپس", "همچنین", "پس", "آنگاه", "بعد")

// maxOpenerTokens bounds the words of such a connective before its comma.
const maxOpenerTokens = 4

// afterOpener reports a token k right after a short connective that opens
// its sentence and ends in a comma («در ادامه، R BODY گزارشی ارائه
// کرد»): the post after it is the sentence's subject as much as one that
// opens it. A connective that names a person or a post is no mere opener.
func (a *analysis) afterOpener(k int) bool {
	ts := a.toks
	if k < 2 || ts[k-1].text != "،" && ts[k-1].text != "," {
		return false
	}
	lo, _ := a.sentRange(ts[k].sent)
	if k-1-lo > maxOpenerTokens || k-1 <= lo || !openerWords[ts[lo].key] {
		return false
	}
	for j := lo; j < k-1; j++ {
		if ts[j].punct || a.personCover[j] || roleWordsAt(ts, j) > 0 || isVerbLike(ts[j].key) {
			return false
		}
	}
	return true
}
