package extract

import "github.com/peyvand/peyvand/persian"

// r16CReplacedOwnPost reads «X ... جایگزین Y شده است» whose clause names
// no post, when the report gave X one post of his own before, in an
// apposition or a list («الف، سرپرست اداره ب، ...»): that post is the one
// X took in Y's place. «الف که از اول آذر با حکم مدیرکل جایگزین ب شده
// است، گفت: ...». It gives the appointment when no rule found one, and
// puts X's own post for a post borrowed from Y's other affiliations (one
// told later of Y, or a pronoun read as Y).
func (a *analysis) r16CReplacedOwnPost(post roleRef) {
	ts := a.toks
	for k := 1; k+1 < len(ts); k++ {
		if !isReplaceAt(ts, k) {
			continue
		}
		q := a.personStartingAt(k + 1)
		if q == nil || q.end >= len(ts) || !isBecomeVerb(ts, q.end) && !becomesAt(ts, q.end) {
			continue
		}
		p := a.subjectBefore(k)
		if p == nil || samePerson(p, q) || a.r16CPostBetween(p.end, k) {
			continue
		}
		s := ts[k].sent
		own, ok := a.r16COwnPostBefore(p, s)
		if !ok {
			continue
		}
		found := false
		for i := range a.apps {
			ap := &a.apps[i]
			if !samePerson(ap.person, p) {
				continue
			}
			found = true
			if ap.rule == "replaces" && ap.sent == s && a.r16CPostOf(q, ap.role) && !samePost(ap.role, own) &&
				!(post.org != "" && persianKey(post.org) == persianKey(ap.role.org)) {
				a.reject("appointment", "replaces", s, p.name+" — "+ap.role.role+" — "+ap.role.org, "a post of the one replaced; the report gave the new holder his own post before")
				ap.role = own
			}
		}
		if !found {
			a.apps = append(a.apps, appMention{person: p, predecessor: q, role: own, sent: s, how: howAppointment, rule: "replaced, own post told before"})
		}
	}
}

// r16CPostBetween reports «به عنوان R» between the subject's end i and
// «جایگزین» at k: the clause names its post.
func (a *analysis) r16CPostBetween(i, k int) bool {
	for ; i < k; i++ {
		if asTitleAt(a.toks, i) > 0 {
			return true
		}
	}
	return false
}

// r16COwnPostBefore returns p's one current post with a body that the
// report tells in a sentence before s; false when it tells none or more
// than one.
func (a *analysis) r16COwnPostBefore(p *personMention, s int) (roleRef, bool) {
	var own []roleRef
	for _, af := range a.affs {
		if af.person == nil || !samePerson(af.person, p) || af.role.org == "" || af.role.former || af.fromNow || af.sent >= s {
			continue
		}
		dup := false
		for _, r := range own {
			if samePost(r, af.role) {
				dup = true
			}
		}
		if !dup {
			own = append(own, af.role)
		}
	}
	if len(own) != 1 {
		return roleRef{}, false
	}
	return own[0], true
}

// r16CPostOf reports whether r is a post the report gives q.
func (a *analysis) r16CPostOf(q *personMention, r roleRef) bool {
	for _, af := range a.affs {
		if af.person != nil && samePerson(af.person, q) && persianKey(af.role.org) == persianKey(r.org) && firstWordKey(af.role.role) == firstWordKey(r.role) {
			return true
		}
	}
	return false
}

// r16CGaveOwnPlace reads «Y جای خود را به X (در BODY) داد/سپرد»: X
// takes the post Y leaves, in the body the clause names, else in Y's one
// post the report tells, else in the report's own post.
func (a *analysis) r16CGaveOwnPlace(post roleRef) {
	ts := a.toks
	for k := 1; k+4 < len(ts); k++ {
		if ts[k].key != r16CKeyPlace || ts[k+1].key != r16CKeyOwn || ts[k+2].key != keyRa || ts[k+3].key != keyTo {
			continue
		}
		x := a.personStartingAt(k + 4)
		if x == nil || x.end >= len(ts) {
			continue
		}
		y := a.subjectBefore(k)
		if y == nil || samePerson(x, y) || a.hasApp(x) {
			continue
		}
		j := x.end
		var r roleRef
		if ts[j].key == keyIn {
			if o := a.orgAt(j + 1); o != nil {
				r = roleRef{start: o.start, next: o.end, role: headPostOf(o.name), org: o.name, orgPlace: o.place}
				j = o.end
			}
		}
		if j >= len(ts) || !r16CGaveVerbs[ts[j].key] {
			continue
		}
		if r.org == "" || r.role == "" {
			if own, ok := a.r16COwnPostBefore(y, len(a.sents)); ok {
				r = own
			} else if post.org != "" {
				r = post
			}
		}
		if r.org == "" || r.role == "" {
			a.reject("appointment", "gave own place", ts[k].sent, x.name+" after "+y.name, "no post or body for the change")
			continue
		}
		a.apps = append(a.apps, appMention{person: x, predecessor: y, role: r, sent: ts[k].sent, how: howAppointment, rule: "gave own place «Y جای خود را به X داد»"})
	}
}

var (
	r16CKeyPlace  = persianKey("جای")
	r16CKeyOwn    = persianKey("خود")
	r16CGaveVerbs = keySet("داد", "سپرد", "داده", "سپرده")
)

// r16CMonthStartIn returns the first day of a month sentence s names
// after «ابتدای/آغاز» («از ابتدای آذرماه با حکم ... منصوب شده است»),
// read as «اول آذرماه»: a day told, not the month at large. Else nil.
func (a *analysis) r16CMonthStartIn(s int) *persian.DateMatch {
	ts := a.toks
	i0, i1 := a.sentRange(s)
	for k := i0; k+1 < i1; k++ {
		if !r16CMonthStartWords[ts[k].key] {
			continue
		}
		month := ts[k+1].text
		if k+2 < i1 && ts[k+2].key == r16CKeyMonth {
			month += " " + ts[k+2].text
		}
		ds := persian.FindDates("اول "+month, a.year)
		if len(ds) != 1 || ds[0].Precision != persian.PrecisionDay {
			continue
		}
		d := ds[0]
		a.settleYear(&d, "") // «ابتدای بهمن» told in Dey is of the year before
		d.Original = ts[k].text + " " + month
		d.Start, d.End = ts[k].start, ts[k+1].start+len([]rune(ts[k+1].text))
		return &d
	}
	return nil
}

// r16CMonthStartWords before a month name tell its first day.
var (
	r16CMonthStartWords = keySet("ابتدای", "آغاز")
	r16CKeyMonth        = persianKey("ماه")
)
