package extract

// r23cBareMinister reports a minister's post r named with no holder
// («با حکم وزیر الف»، «از سوی وزیر الف صادر شد»، «با وزیر الف دیدار
// خواهم کرد»): the minister is the decree's issuer or a guest told of by
// post, and the article names no ministry by that; a deputy's or an
// adviser's post («معاون وزیر الف») and a minister named with his holder
// still do, but not the appointee after a decree's issuer («با حکم وزیر
// الف، X به عنوان ...»).
func (a *analysis) r23cBareMinister(r roleRef) bool {
	ts := a.toks
	if r.start < 0 || r.start >= len(ts) || ts[r.start].key != keyMinister || firstWordKey(r.org) != keyMinistry {
		return false
	}
	if a.holderBefore(r.start) {
		return false
	}
	if r.start > 0 && ts[r.start-1].key == keyDecree {
		return true // «با حکم وزیر الف، X به عنوان ...»: the name after is the appointee's
	}
	n := r.next
	if n < len(ts) && ts[n].punct && ts[n].text == "،" {
		n++
	}
	return n >= len(ts) || !a.personCover[n]
}
