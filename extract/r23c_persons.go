package extract

// r23cInPostApposition reports a given name that is also a common word at
// i set off by commas right after a post («فرماندار الف، ولی ب، گفت»،
// «مدیرکل الف، امید ب، افزود»): the apposition names the post's holder,
// his surname the one word before the closing comma.
func (a *analysis) r23cInPostApposition(i int) bool {
	ts := a.toks
	if i < 2 || ts[i-1].text != "،" || ts[i-1].sent != ts[i].sent {
		return false
	}
	g := a.groupEnd(i + 1)
	if g != i+2 || g >= len(ts) || ts[g].text != "،" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-7 && !ts[k].punct && ts[k].sent == ts[i].sent; k-- {
		if roleWordsAt(ts, k) > 0 {
			return true
		}
	}
	return false
}

// r23cInPlaceName reports token i inside a province's or a city's name
// that starts at it or up to three tokens before it: «ایسنا/سیستان و
// بلوچستان نایب‌رئیس ...», a dateline's place before a post, names no
// holder of the post.
func r23cInPlaceName(ts []token, i int) bool {
	for b := max(0, i-3); b <= i; b++ {
		if n := placeLen(ts, b); n > 0 && b+n > i {
			return true
		}
	}
	return false
}
