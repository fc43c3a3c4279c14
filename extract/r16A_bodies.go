package extract

// localOfficeVerbalNoun reports a verbal noun at j right after the head of
// a place's own office at i (استانداری، فرمانداری، شهرداری): such an
// office's name goes on only with its place or its district, so the
// verbal noun (پیگیری، اجرا، تکمیل) starts the clause the office is the
// subject of: «استانداری پیگیری اجرای طرح را بر عهده دارد».
func (a *analysis) localOfficeVerbalNoun(i, j int) bool {
	ts := a.toks
	if j >= len(ts) || j != i+1 || !localOffices.has(ts[i].key) || placeLen(ts, j) > 0 {
		return false
	}
	k := ts[j].key
	if passiveNouns[k] {
		return true
	}
	r := []rune(k)
	return len(r) == 5 && r[0] == 'ت' && r[3] == 'ی'
}
