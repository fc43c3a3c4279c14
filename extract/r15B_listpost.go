package extract

// r15bListSharedRole handles «الف معاون آموزشی، ب معاون درمان و ج معاون
// بهداشت دانشگاه X»: in a list of names each followed by its post, a post
// with no body takes the body of the first post after it that has one,
// when every post between is of the same kind (معاون ... معاون). A post
// that heads a body of its own kind (استاندار) shares no other body.
func (a *analysis) r15bListSharedRole(r *roleRef) *roleRef {
	ts := a.toks
	if bn, _ := roleBodies.at(ts, r.start); bn > 0 && r.start+bn == r.next {
		return r
	}
	kind := firstWordKey(r.role)
	q := r
	for n := 0; n < maxPluralListed; n++ {
		j := q.next
		if j >= len(ts) || ts[j].sent != ts[r.start].sent || ts[j].key != keyAnd && ts[j].text != "،" {
			return r
		}
		p := a.personStartingAt(j + 1)
		if p == nil {
			return r
		}
		k := p.end
		if k < len(ts) && (ts[k].text == "،" || ts[k].text == ",") {
			k++
		}
		next := a.roleStartingAt(k)
		if next == nil || next.former || firstWordKey(next.role) != kind {
			return r
		}
		if next.org != "" {
			shared := *r
			shared.org, shared.orgPlace = next.org, next.orgPlace
			return &shared
		}
		q = next
	}
	return r
}
