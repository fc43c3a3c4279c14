package extract

import "strings"

// r20bBoardPostNoun reads a post noun before a board named with no body
// of its own, «به ریاست هیئت مدیره برگزیده شد»: the post «رئیس هیئت
// مدیره», whose body is the board's owner named before (boardOwner).
// A board followed by its body («ریاست هیئت مدیره شرکت X») is read by
// the other rules.
func (a *analysis) r20bBoardPostNoun(k, i int) (roleRef, bool) {
	ts := a.toks
	if k >= len(ts) {
		return roleRef{}, false
	}
	role, ok := postNouns[ts[k].key]
	if !ok {
		return roleRef{}, false
	}
	end := boardPhraseEnd(ts, k+1)
	if end == k+1 || ts[end-1].sent != ts[k].sent || a.orgAt(end) != nil {
		return roleRef{}, false
	}
	r := roleRef{start: k, next: end, role: role + " " + a.text(k+1, end)}
	if o := a.boardOwner(r, i); o != nil {
		r.org, r.orgPlace = o.name, o.place
	}
	return r, true
}

// r20bBoardAfterPost extends a post that names no body with the board
// written right after it and before no body («به عنوان دبیر هیئت امنا
// انتخاب شد»): the post is in that board, whose owner named before i
// boardOwner finds.
func (a *analysis) r20bBoardAfterPost(r *roleRef, i int) {
	ts := a.toks
	if r.org != "" || r.next >= len(ts) {
		return
	}
	end := boardPhraseEnd(ts, r.next)
	if end == r.next || ts[end-1].sent != ts[r.next].sent || a.orgAt(end) != nil {
		return
	}
	if strings.Contains(persianKey(r.role), persianKey(a.text(r.next, end))) {
		return
	}
	r.role += " " + a.text(r.next, end)
	r.next = end
	if o := a.boardOwner(*r, i); o != nil {
		r.org, r.orgPlace = o.name, o.place
	}
}

// r20bTrusteeBoardApps writes an appointment to a post of the board of
// trustees of a religious site («رئیس هیئت امنای بقعه X» read as the post
// «رئیس هیئت امنای» in «بقعه X») as the post in the board, the body such
// a site is run by (trusteeBoardAffiliations): «رئیس» of «هیئت امنای
// بقعه X», by the board's name as the report writes it when it does.
func (a *analysis) r20bTrusteeBoardApps() {
	for i := range a.apps {
		r := &a.apps[i].role
		site := r.org
		if !trusteeBoardOf(r) {
			continue
		}
		for _, o := range a.orgs {
			if w := strings.Fields(o.name); len(w) > 0 && strings.HasSuffix(o.name, " "+site) && (trusteeBoardNoun(persianKey(w[0])) || boardHeads[persianKey(w[0])]) {
				r.org = o.name
				break
			}
		}
	}
}

// r20bOneBodyOfHeadPost gives a post named after the head it serves and
// with no body («به سمت مشاور وزیر و دبیر ستاد X منصوب شد»، «معاون
// استاندار») the body of that head when the report names exactly one
// body of that kind (the one ministry, the one governorate, in its
// fullest form): the head's body, not the coordinated post's.
func (a *analysis) r20bOneBodyOfHeadPost(r *roleRef) {
	ts := a.toks
	if r.org != "" || r.next < 2 || r.next > len(ts) || len(strings.Fields(r.role)) < 2 {
		return
	}
	n, prefix := roleBodies.at(ts, r.next-1)
	if n != 1 || !r20bOneBodyKinds[persianKey(prefix)] {
		return
	}
	var only *orgMention
	for k := range a.orgs {
		o := &a.orgs[k]
		if firstWordKey(o.name) != persianKey(prefix) || len(strings.Fields(o.name)) < 2 {
			continue
		}
		switch {
		case only == nil || shortFormOf(only.name, o.name):
			only = o
		case persianKey(only.name) == persianKey(o.name) || shortFormOf(o.name, only.name):
		default:
			return // two bodies of the kind
		}
	}
	if only != nil {
		r.org, r.orgPlace = only.name, only.place
	}
}

// r20bOneBodyKinds are the bodies a report names one of at most, as a
// rule: a ministry, a province's governorate.
var r20bOneBodyKinds = keySet("وزارت", "استانداری")

// r20bShortTrusteeBoard gives a post with no body that ends with a bare
// «هیئت امنا» or is followed by one («X، عضو حقیقی هیئت امنا و ...»، «عضو
// هیئت امنا»، «به عنوان دبیر هیئت امنا انتخاب شد») the board of trustees
// the report named last before it («هیئت امنای دانشگاه‌های استان X»،
// «هیئت امنای بقعه Y»): the post is in that board, a body of its own.
func (a *analysis) r20bShortTrusteeBoard(r *roleRef) {
	ts := a.toks
	if r.org != "" || r.next >= len(ts) || r.start >= len(ts) {
		return
	}
	role, end := r.role, r.next
	words := strings.Fields(r.role)
	if i, n := trusteeBoardSpan(words); n > 0 && i+n == len(words) {
		role = strings.Join(words[:i], " ") // «عضو هیئت امنا»
	} else if e := boardPhraseEnd(ts, r.next); e > r.next && ts[e-1].sent == ts[r.next].sent && strings.Contains(ts[e-1].key, "امنا") {
		end = e
	} else {
		return
	}
	if a.orgAt(end) != nil || end < len(ts) && ts[end].sent == ts[r.start].sent && isDeterminer(ts[end].key) {
		return // «رئیس هیئت امنای این مسجد»: the board of the site referred back to
	}
	var best *orgMention
	for k := range a.orgs {
		o := &a.orgs[k]
		if o.end > r.start || best != nil && o.start < best.start {
			continue
		}
		if w := strings.Fields(o.name); len(w) > 1 && (trusteeBoardNoun(persianKey(w[0])) || boardHeads[persianKey(w[0])] && trusteeBoardSecond[persianKey(w[1])]) {
			best = o
		}
	}
	if best != nil {
		r.role, r.org, r.orgPlace, r.next = role, best.name, best.place, end
	}
}
