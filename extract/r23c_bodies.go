package extract

import "slices"

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

// r23cDropBodyNames drops a person whose whole name, with no title, is
// the whole name of a body the file names with no head noun: an outlet
// or an agency in the furniture («نسترن سبز | روزنامه صبح استان X»، then
// «شهر - نسترن سبز:») is no person, though a given name starts it.
func (a *analysis) r23cDropBodyNames() {
	own := map[string]bool{}
	for _, o := range a.orgs {
		if o.end-o.start >= 2 && o.end <= len(a.toks) && headNounsAt(a.toks, o.start) == 0 && o.name == a.text(o.start, o.end) {
			own[a.keyOf(o.start, o.end)] = true
		}
	}
	if len(own) == 0 {
		return
	}
	a.persons = slices.DeleteFunc(a.persons, func(p personMention) bool {
		if p.nameStart != p.start || len(p.titles) > 0 || !own[a.keyOf(p.start, p.end)] {
			return false
		}
		for k := p.start; k < p.end; k++ {
			a.personCover[k] = false
		}
		return true
	})
}

// r23cPlaceLevel reports the key of «بندر» or «بخش» before a body's place:
// like «استان» and «شهرستان», they tell the place's level, and a port's or
// a district's office is no short form of the province's of the same name
// («گمرک بندر الف» is not «گمرک استان الف»).
func r23cPlaceLevel(k string) bool {
	return k == keyPort || k == keyDivision
}
