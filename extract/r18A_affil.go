package extract

// r18aAlsoBefore steps back over an «نیز/هم» right before token end
// («الف و ب نیز به ترتیب R1 و R2»): the adverb sits between the list of
// persons and «به ترتیب». It returns end unchanged when there is none.
func (a *analysis) r18aAlsoBefore(end int) int {
	if end > 1 && alsoWords[a.toks[end-1].key] {
		return end - 1
	}
	return end
}

// r18aMaxFieldWords bounds the words of the fields a plural «مدیران کل»
// lists before the place they share.
const r18aMaxFieldWords = 10

// r18aPluralDirectorsOfFields reads «مدیران کل FIELD1 و FIELD2 استان (X)،
// (به ترتیب) الف و ب»: the plural of a director general lists the fields
// of two or more provincial directorates (each field one or more words,
// split at «و» unless the «و» joins a fixed pair such as «حمل و نقل»),
// and the persons after it hold one each, in order. The lists must be as
// long as each other.
func (a *analysis) r18aPluralDirectorsOfFields() {
	ts := a.toks
	for k := 0; k < len(ts); k++ {
		n, post := pluralPosts.at(ts, k)
		if n == 0 || roleBodies.vals[persianKey(post)] != "اداره کل" {
			continue
		}
		j := k + n
		var fields []string
		from, m := j, j
		for ; m < len(ts) && m-j <= r18aMaxFieldWords && ts[m].sent == ts[k].sent; m++ {
			t := ts[m]
			if t.punct || t.digit || a.personCover[m] || placeHeads[t.key] {
				break
			}
			if bn := binomialAt(ts, m); bn > 0 {
				m += bn - 1 // «حمل و نقل»: one field's words
				continue
			}
			if t.key == keyAnd {
				if m == from {
					break
				}
				fields = append(fields, a.text(from, m))
				from = m + 1
			}
		}
		if m >= len(ts) || ts[m].key != keyProvince || m == from || len(fields) == 0 {
			continue
		}
		fields = append(fields, a.text(from, m))
		place, placeText, end := "", ts[m].text, m+1
		if pn, _ := placeAt(ts, m+1); pn > 0 && ts[m+pn].sent == ts[k].sent {
			place, placeText, end = a.text(m+1, m+1+pn), a.text(m, m+1+pn), m+1+pn
		}
		at := end
		if at < len(ts) && ts[at].text == "،" {
			at++
		}
		if at+1 < len(ts) && ts[at].key == keyTo && ts[at+1].key == keyOrder {
			at += 2 // «، به ترتیب الف و ب»
		}
		people := a.personsAfter(at)
		if len(people) != len(fields) {
			continue
		}
		for i, p := range people {
			r := roleRef{start: k, next: end, role: post, org: "اداره کل " + fields[i] + " " + placeText, orgPlace: place}
			a.dropRolesWithin(p, k-1, end) // also the plural's other reading, at k
			if !a.hasAff(p, r) {
				a.affs = append(a.affs, affMention{person: p, role: r, sent: ts[k].sent, rule: "plural-directors-of-fields"})
			}
		}
		k = end - 1
	}
}

// r18aRecently are the adverbs of a recent change told before its post
// («الف اخیراً مدیرکل X شده است»).
var r18aRecently = keySet("اخیراً", "اخیرا", "به‌تازگی", "بتازگی")

// r18aMaxDateAdjunct bounds the words of a date adjunct between a charge's
// body and «با حکم».
const r18aMaxDateAdjunct = 8

// r18aSkipDateAdjunct returns the token after a date adjunct at j, «از
// (روز) شنبه ۱۰ آذر»، «از امروز»، «روز گذشته»-less forms of a day and a
// date written with digits and a month's name, else j. «مسئولیت BODY از
// روز شنبه ۱۰ آذر با حکم Z به X سپرده شد» dates the charge between the
// body and its decree.
func (a *analysis) r18aSkipDateAdjunct(j int) int {
	ts := a.toks
	if j >= len(ts) {
		return j
	}
	s, e := ts[j].sent, j
	if ts[e].key == keyFrom {
		e++
	}
	from := e
	for e < len(ts) && e < from+r18aMaxDateAdjunct && ts[e].sent == s {
		if ts[e].key == keyDay || timesOfDay[ts[e].key] || ts[e].digit || dateCues.has(ts[e].key) || e == j && r18aRecently[ts[e].key] || e > from && isOrdinalWord(ts[e]) {
			e++
			continue
		}
		if _, n, ok := weekdayAt(ts, e); ok {
			e += n
			continue
		}
		break
	}
	if e == from {
		return j
	}
	return e
}

// r18aDropHandoverPostOfOther drops «X جایگزین Y شد» read in the report's
// handover post when that post is another person's: its body is first
// named after the sentence, and X holds a post in another body or someone
// else is appointed to that post. «الف با حکم Z سرپرست اداره X شد. الف
// جایگزین ب شد. ... مسئولیت شعبه Y به ج سپرده شد. رئیس جدید شعبه Y ...»:
// الف replaces ب in اداره X, not in شعبه Y.
func (a *analysis) r18aDropHandoverPostOfOther(post roleRef) {
	if post.org == "" {
		return
	}
	key := persianKey(post.org)
	first := post.start
	for _, o := range a.orgs {
		if o.start < first && persianKey(o.name) == key {
			first = o.start
		}
	}
	other := func(ap appMention) bool {
		for _, bp := range a.apps {
			if bp.rule == "replaces" || bp.role.org == "" {
				continue
			}
			mine := samePerson(bp.person, ap.person)
			if mine && persianKey(bp.role.org) != key || !mine && samePost(bp.role, ap.role) {
				return true
			}
		}
		return false
	}
	out := a.apps[:0]
	for _, ap := range a.apps {
		if ap.rule == "replaces" && persianKey(ap.role.org) == key && (ap.role.start < first && other(ap) || a.r18aReplacedInOwnPost(ap)) {
			a.reject("appointment", "replaces", ap.sent, ap.person.name+" — "+ap.role.role+" — "+ap.role.org, "the report names this body only later, for another change")
			continue
		}
		out = append(out, ap)
	}
	a.apps = out
}

// r18aOnBehalfDeputies reads «با حضور معاون R2 BODY ...» with no holder
// named, then «X (که) به نمایندگی از HEAD BODY» in a later sentence: X,
// who stands for the body's head and holds no other post the report
// tells, is the deputy told before (a deputy stands for his head). The
// deputy's post must be the only unheld one of that body.
func (a *analysis) r18aOnBehalfDeputies() {
	ts := a.toks
	for k := 1; k+3 < len(ts); k++ {
		if ts[k].key != keyTo || ts[k+1].key != keyRepresentation || ts[k+2].key != keyFrom {
			continue
		}
		e := k
		for e > 0 && (alsoWords[ts[e-1].key] || ts[e-1].key == keyWhich || ts[e-1].text == "،") && k-e < 3 {
			e--
		}
		p := a.personEndingAt(e)
		if p == nil || ts[p.start].sent != ts[k].sent || a.hasAnyAff(p) {
			continue
		}
		head, ok := a.roleAt(k + 3)
		if !ok || head.former {
			continue
		}
		body := head.org
		if body == "" {
			body = roleBodies.vals[persianKey(head.role)] // «به نمایندگی از استاندار»
		}
		if body == "" {
			continue
		}
		var dep *roleRef
		n := 0
		for i := range a.roles {
			r := &a.roles[i]
			if r.start >= p.start || r.org == "" || r.former || !deputyWords[firstWordKey(r.role)] || firstWordKey(r.role) != keyDeputyPost {
				continue
			}
			if persianKey(r.org) != persianKey(body) && !shortFormOf(body, r.org) || a.r18aHeld(r) {
				continue
			}
			if dep == nil || persianKey(dep.org) != persianKey(r.org) || firstWordKey(dep.role) != firstWordKey(r.role) || dep.role != r.role {
				n++
			}
			dep = r
		}
		if n != 1 {
			continue
		}
		a.affs = append(a.affs, affMention{person: p, role: *dep, sent: ts[k].sent, rule: "on-behalf-deputy"})
	}
}

// r18aHeld reports a role mention that gives some person a post.
func (a *analysis) r18aHeld(r *roleRef) bool {
	for _, af := range a.affs {
		if af.role.start == r.start && af.role.next == r.next {
			return true
		}
	}
	return false
}

// r18aRelativeBecame reads the post a relative clause right after a name
// says the person became: «X که (روز گذشته) (با حکم R) سرپرست BODY شده
// است/شد، معرفی شد». k is the «که». A post held before («که پیش از این R
// بود») ends in no «شد» and is no appointment; nor is «شده بود».
func (a *analysis) r18aRelativeBecame(p *personMention, k int) {
	ts := a.toks
	if k >= len(ts) || ts[k].key != keyWhich {
		return
	}
	j := k + 1
	if c := r17bDayPhraseEnd(ts, j); c > 0 {
		j = c
	}
	if c := a.decreePhraseEnd(j); c > 0 {
		j = c
	}
	if j >= len(ts) || ts[j].sent != ts[k].sent {
		return
	}
	r, ok := a.roleAt(j)
	if !ok || r.org == "" || r.former || !isBecomeVerb(ts, r.next) || ts[r.next].sent != ts[k].sent {
		return
	}
	if ts[r.next].key == keyBecame3 && (r.next+1 >= len(ts) || ts[r.next+1].key != keyIs) {
		return // «شده بود»، «شده و ...»
	}
	if a.pastPostBefore(j) {
		return
	}
	a.addClauseApp(appMention{person: p, role: r, sent: ts[k].sent, how: howAppointment, rule: "relative-became"})
}

// r18aAlsoAt returns the token after an «نیز/هم» at j, else j.
func (a *analysis) r18aAlsoAt(j int) int {
	if j < len(a.toks) && alsoWords[a.toks[j].key] {
		return j + 1
	}
	return j
}

// r18aDecreeIssuer reports p named right after «با حکم» (its titles
// between): the decree's issuer, not the subject of the sentence's post
// predicate («الف با حکم دکتر ب، مدیرکل X، سرپرست اداره Y شد»).
func (a *analysis) r18aDecreeIssuer(p *personMention) bool {
	b := a.titledStart(p)
	return b >= 2 && a.toks[b-2].key == keyWith && a.toks[b-1].key == keyDecree
}

// r18aNamedDecreeEnd returns the token after «با حکم (TITLE) PERSON (،
// R BODY،)» at k, the decree's issuer told by name between a subject and
// its predicate, else 0.
func (a *analysis) r18aNamedDecreeEnd(k int) int {
	ts := a.toks
	if k+2 >= len(ts) || ts[k].key != keyWith || ts[k+1].key != keyDecree {
		return 0
	}
	q := a.personStartingAt(k + 2)
	if n := a.titleAt(k + 2); q == nil && n > 0 {
		q = a.personStartingAt(k + 2 + n)
	}
	if q == nil || ts[q.start].sent != ts[k].sent {
		return 0
	}
	j := q.end
	if j+1 < len(ts) && ts[j].text == "،" {
		if r, ok := a.roleAt(j + 1); ok && r.org != "" && r.next < len(ts) && ts[r.next].text == "،" {
			j = r.next + 1 // «، مدیرکل X،»: the issuer's post in apposition
		}
	}
	return j
}

// r18aReplacedInOwnPost reports a replacement ap read in the handover post
// whose appointee already succeeds the same predecessor in a post of
// another body: «حکم الف به عنوان سرپرست اداره X ابلاغ شد. الف جایگزین ب
// شد» is no change in the report's main post.
func (a *analysis) r18aReplacedInOwnPost(ap appMention) bool {
	if ap.predecessor == nil {
		return false
	}
	for _, bp := range a.apps {
		if bp.rule != "replaces" && bp.predecessor != nil && samePerson(bp.person, ap.person) && samePerson(bp.predecessor, ap.predecessor) &&
			bp.role.org != "" && persianKey(bp.role.org) != persianKey(ap.role.org) {
			return true
		}
	}
	return false
}

// r18aBodyLaterInList fills the body of bare posts listed «به ترتیب» from
// the next «به عنوان R BODY» of the sentence: «الف و ب به ترتیب به عنوان
// نایب‌رئیس اول و نایب‌رئیس دوم و ج به عنوان خزانه‌دار اتاق X انتخاب
// شدند», all officers of one body elected together.
func (a *analysis) r18aBodyLaterInList(posts []roleRef) {
	ts := a.toks
	last := posts[len(posts)-1]
	if last.org != "" || last.next >= len(ts) {
		return
	}
	s := ts[last.start].sent
	for m := last.next; m < len(ts) && ts[m].sent == s && m < last.next+maxRoleTokens; m++ {
		if ts[m].punct || isBecomeVerb(ts, m) {
			return
		}
		k := asTitleAt(ts, m)
		if k <= 0 {
			continue
		}
		r, ok := a.roleAt(k)
		if !ok || r.org == "" || r.former {
			return
		}
		for n := range posts {
			if posts[n].org == "" {
				posts[n].org, posts[n].orgPlace = r.org, r.orgPlace
			}
		}
		return
	}
}

// r18aOwnPredicateBefore returns the post X became earlier in the sentence
// of «X ... R BODY شد و جایگزین Y شد», the «جایگزین» at k: the post of the
// replacement is that one, not the report's handover post.
func (a *analysis) r18aOwnPredicateBefore(p *personMention, k int) (roleRef, bool) {
	ts := a.toks
	for j := p.end; j < k && ts[j].sent == ts[k].sent; j++ {
		if r, ok := a.roleAt(j); ok && r.org != "" && !r.former && r.next < k && isBecomeVerb(ts, r.next) {
			return r, true
		}
	}
	return roleRef{}, false
}
