package extract

// r17bElectingBoardBody returns the body whose board, named before token i
// in its sentence as «هیئت‌مدیره/هیئت امنای این HEAD», chooses the holder
// of a post with no body of its own: «هیئت‌مدیره این تعاونی ... الف را به
// عنوان مدیرعامل جدید برگزید» names a post of the cooperative told
// before. Else nil.
func (a *analysis) r17bElectingBoardBody(i int) *orgMention {
	ts := a.toks
	if i <= 0 || i >= len(ts) {
		return nil
	}
	s := ts[i].sent
	for b := i - 1; b >= 0 && ts[b].sent == s; b-- {
		e := boardPhraseEnd(ts, b)
		if e == b || e+1 >= i || !isDeterminer(ts[e].key) {
			continue
		}
		if hn, _ := headNouns.at(ts, e+1); hn != 1 {
			return nil
		}
		if o := a.recentOrgWithBareHead(ts[e+1], b); o != nil && o.end <= b {
			// «شرکت تعاونی روستایی X»: the whole name the head's body is
			// told inside.
			for x := range a.orgs {
				if w := &a.orgs[x]; w.start < o.start && w.end == o.end {
					o = w
				}
			}
			return o
		}
		return nil
	}
	return nil
}
