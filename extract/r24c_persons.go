package extract

// r24cPairFieldOfPost reports token i inside a fixed pair or phrase of
// the binomials list that starts more than two tokens before it («حمل و
// نقل و ترافیک»)، or the word after the «و» that closes a fixed pair which
// a post's field opens («معاون آب و فاضلاب و بهداشت شهردار»): the word is
// the post's field, no name in apposition to the post that follows.
func r24cPairFieldOfPost(ts []token, i int) bool {
	if i < 4 || ts[i-1].key != keyAnd || ts[i-1].sent != ts[i].sent {
		return false
	}
	for b := max(0, i-2*binomials.max); b+3 <= i; b++ {
		n := binomialAt(ts, b)
		if n > 0 && b+n > i {
			return true
		}
		if n == 0 || b+n != i-1 {
			continue
		}
		for r := b - 1; r >= 0 && r >= b-3 && ts[r].sent == ts[i].sent && (!ts[r].punct || ts[r].text == "،"); r-- {
			if !ts[r].punct && roleWordsAt(ts, r) > 0 {
				return true
			}
		}
	}
	return false
}
