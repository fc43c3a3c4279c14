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

// seatOfRole reads «سمت R BODY» at k, the seat of a post written before
// the post itself («که سمت مدیرعامل سازمان X را بر عهده دارد»): the post
// and its body, as if the post noun stood alone.
func (a *analysis) seatOfRole(k int) (roleRef, bool) {
	ts := a.toks
	if k+1 >= len(ts) || ts[k].key != keyPost || ts[k+1].sent != ts[k].sent {
		return roleRef{}, false
	}
	r, ok := a.roleAt(k + 1)
	if !ok || r.org == "" || r.former {
		return roleRef{}, false
	}
	r.start = k
	return r, true
}
