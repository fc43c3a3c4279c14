package extract

import "github.com/peyvand/peyvand/persian"

// r20bReplacedBeforeClause returns the one replaced in the clause that
// ends right before the «که» at k, whose relative clause is then his
// («... که اکنون معاون X است»): «الف جایگزین ب شده که»، the perfect
// written without its auxiliary, and «الف جای ب را گرفت/گرفته (است)
// که»، the place of ب taken. It returns nil for any other clause.
func (a *analysis) r20bReplacedBeforeClause(k int) *personMention {
	ts := a.toks
	if k < 3 || ts[k-1].sent != ts[k].sent {
		return nil
	}
	v := k - 1
	if r16bPerfect[ts[v].key] {
		v--
	}
	switch {
	case ts[v].key == r16bKeyBecome && v == k-1:
		// «جایگزین ب شده که»
		if q := a.personEndingAt(v); q != nil && q.start > 0 && replaceWords[ts[q.start-1].key] {
			return q
		}
	case takeVerbs[ts[v].key] && v >= 2 && ts[v-1].key == keyRa:
		// «جای ب را گرفت که»
		if q := a.personEndingAt(v - 1); q != nil && q.start > 0 && ts[q.start-1].key == keyPlace && (q.start < 2 || ts[q.start-2].key != keyTo) {
			return q
		}
	}
	return nil
}

// keyAgent is «عامل» of «مدیریت عامل», the charge of a managing director.
var keyAgent = persianKey("عامل")

// r20bManagingDirectorship reads «مدیریت عامل BODY» and «مدیریت عامل این
// شرکت» at k, the charge of a company's managing director: the post
// «مدیرعامل» in that body, named or referred back to.
func (a *analysis) r20bManagingDirectorship(k int) (roleRef, bool) {
	ts := a.toks
	if k+3 >= len(ts) || ts[k].key != keyManagement || ts[k+1].key != keyAgent || ts[k+2].sent != ts[k].sent {
		return roleRef{}, false
	}
	const role = "مدیرعامل"
	if o := a.orgAt(k + 2); o != nil && o.start == k+2 {
		return roleRef{start: k, next: o.end, role: role, org: o.name, orgPlace: o.place}, true
	}
	if isDeterminer(ts[k+2].key) {
		if hn, _ := headNouns.at(ts, k+3); hn == 1 {
			if o := a.recentOrgWithBareHead(ts[k+3], k); o != nil && o.end <= k {
				return roleRef{start: k, next: k + 4, role: role, org: o.name, orgPlace: o.place}, true
			}
		}
	}
	return roleRef{}, false
}

// r20bCoordinatedPastHolders names the predecessor of an appointment to
// coordinated posts in one body («به عنوان عضو هیئت‌مدیره و مدیرعامل
// شرکت X منصوب شد») that names none yet: the one told to have held one
// of those posts of the body before («Y که ... مدیریت عامل این شرکت را
// بر عهده داشت»), the first post's rules having looked for its own only.
func (a *analysis) r20bCoordinatedPastHolders() {
	for i := range a.apps {
		ap := &a.apps[i]
		if ap.predecessor != nil || ap.role.org == "" {
			continue
		}
		for _, af := range a.affs {
			if af.rule != "as-title-coordinated" || !samePerson(af.person, ap.person) || persianKey(af.role.org) != persianKey(ap.role.org) {
				continue
			}
			for _, pp := range a.pastPosts {
				if !samePerson(pp.person, ap.person) && samePost(pp.role, af.role) {
					ap.predecessor = pp.person
					break
				}
			}
			if ap.predecessor != nil {
				break
			}
		}
	}
}

// r20bDropReportPostReplaces drops «الف جانشین ب می‌شود» read in the
// report's own post when the report gave الف a post of his own before,
// in the same body and with ب as its predecessor («حکم الف به عنوان
// معاون فنی شرکت X ابلاغ شد. الف جانشین ب می‌شود ...» in a report of the
// company's new managing director): the change is that post's, told
// once.
func (a *analysis) r20bDropReportPostReplaces(post roleRef) {
	if post.org == "" {
		return
	}
	out := a.apps[:0]
	for i, ap := range a.apps {
		drop := false
		if ap.rule == "replaces" && ap.predecessor != nil && samePost(ap.role, post) {
			for j, bp := range a.apps {
				if j != i && bp.rule != "replaces" && samePerson(bp.person, ap.person) && bp.sent <= ap.sent && bp.predecessor != nil &&
					samePerson(bp.predecessor, ap.predecessor) && persianKey(bp.role.org) == persianKey(ap.role.org) && !samePost(bp.role, ap.role) {
					drop = true
					break
				}
			}
		}
		if drop {
			a.reject("appointment", "replaces", ap.sent, ap.person.name+" — "+ap.role.role+" — "+ap.role.org, "the report gave the new holder a post of his own in this body before, with this predecessor")
			continue
		}
		out = append(out, ap)
	}
	a.apps = out
}

// r20bNowPostAfter reports a post of the one replaced told after the
// «جایگزین» at k in its sentence, in a clause of the present («الف جایگزین
// ب شده که اکنون R است»): the post he holds now, not the one he left.
func (a *analysis) r20bNowPostAfter(af affMention, k int) bool {
	return af.rule == "relative-present" && af.sent == a.toks[k].sent && af.role.start > k
}

// r20bFormerHolderFromNow reads a sentence opening with the report's post
// as former, «مدیرکل پیشین از این پس R BODY خواهد بود/است»: the outgoing
// holder of the appointment to that post moves on to R, a change of his
// own, undated (his affiliation with it). The one appointment whose post
// has that first word and names its predecessor tells who he is.
func (a *analysis) r20bFormerHolderFromNow() {
	ts := a.toks
	for s := 1; s < len(a.sents); s++ {
		first := a.firstTokenOfSentence(s)
		if first < 0 {
			continue
		}
		r, ok := a.roleAt(first)
		if !ok || !r.former || r.next >= len(ts) {
			continue
		}
		j := a.timePhraseEnd(r.next)
		if j == r.next || !a.fromNowAt(j) || j >= len(ts) || ts[j].sent != s {
			continue
		}
		r2, ok := a.roleAt(j)
		if !ok || r2.org == "" || r2.former || r2.next <= j || !a.copulaAt(r2.next) {
			continue
		}
		var pred *personMention
		for _, ap := range a.apps {
			if ap.predecessor == nil || firstWordKey(ap.role.role) != firstWordKey(r.role) || r.org != "" && persianKey(r.org) != persianKey(ap.role.org) {
				continue
			}
			if pred != nil && !samePerson(pred, ap.predecessor) {
				pred = nil
				break
			}
			pred = ap.predecessor
		}
		if pred == nil || a.hasAppIn(pred, r2.org) {
			continue
		}
		a.apps = append(a.apps, appMention{person: pred, role: r2, sent: s, how: howAppointment, rule: "former-holder-from-now"})
	}
}

// r20bSucceededAfter names the predecessor of an appointment that names
// none from «پس از Y» right before a name, in the appointment's sentence
// or in one whose subject is the appointee (by name or «وی») and that
// tells «این سمت/این مسئولیت»: «وی پس از Y این مسئولیت را بر عهده
// گرفت»، «الف پس از ب به عنوان R منصوب شد» — the one after whom he holds
// the post.
func (a *analysis) r20bSucceededAfter() {
	ts := a.toks
	for i := range a.apps {
		ap := &a.apps[i]
		if ap.predecessor != nil {
			continue
		}
		for k := 1; k+2 < len(ts); k++ {
			if ts[k].key != keyThen || ts[k+1].key != keyFrom || ts[k+1].sent != ts[k].sent {
				continue
			}
			q := a.personStartingAt(k + 2)
			if q == nil || samePerson(q, ap.person) {
				continue
			}
			s := ts[k].sent
			if s != ap.sent && !(a.r20bSubjectIs(s, ap.person) && a.r20bTellsThisPost(s)) {
				continue
			}
			ap.predecessor = q
			break
		}
	}
}

// r20bSubjectIs reports a sentence s that opens with p's name or with a
// pronoun standing for p.
func (a *analysis) r20bSubjectIs(s int, p *personMention) bool {
	first := a.firstTokenOfSentence(s)
	if first < 0 {
		return false
	}
	if q := a.personStartingAt(first); q != nil {
		return samePerson(q, p)
	}
	if pronounKeys[a.toks[first].key] {
		q := a.antecedent(first)
		return q != nil && samePerson(q, p)
	}
	return false
}

// r20bTellsThisPost reports «این سمت» or «این مسئولیت» in sentence s.
func (a *analysis) r20bTellsThisPost(s int) bool {
	i0, i1 := a.sentRange(s)
	for k := i0; k+1 < i1; k++ {
		if isDeterminer(a.toks[k].key) && (a.toks[k+1].key == keyPost || a.toks[k+1].key == keyCharge) {
			return true
		}
	}
	return false
}

// r20bInsteadOfNamed names the predecessor of an appointment that names
// none from «الف به جای ب ...» told of its appointee anywhere in the
// report («... و الف به جای ب عهده‌دار این مسئولیت شد»): ب left the post
// to him.
func (a *analysis) r20bInsteadOfNamed() {
	ts := a.toks
	for i := range a.apps {
		ap := &a.apps[i]
		if ap.predecessor != nil {
			continue
		}
		for qi := range a.persons {
			q := &a.persons[qi]
			if !a.insteadOf(q) || samePerson(q, ap.person) || q.start < 3 {
				continue
			}
			p := a.personEndingAt(q.start - 2)
			if p == nil || !samePerson(p, ap.person) || ts[p.start].sent != ts[q.start].sent {
				continue
			}
			ap.predecessor = q
			break
		}
	}
}

// r20bInChargeOfClauses reads «X عهده‌دار BODY شد» and «X عهده‌دار سرپرستی
// BODY شد», the charge told after «عهده‌دار» (the other order of «ریاست
// BODY را عهده‌دار شد»): the head's post of the body, or the post its noun
// names.
func (a *analysis) r20bInChargeOfClauses() {
	ts := a.toks
	for k := 1; k+2 < len(ts); k++ {
		if ts[k].key != keyInCharge {
			continue
		}
		var r roleRef
		if pr, ok := a.postNounRole(k + 1); ok && pr.org != "" {
			r = pr
		} else if o := a.orgAt(k + 1); o != nil && o.start == k+1 {
			role := headPostOf(o.name)
			if w := persian.Words(o.name); len(w) > 0 && persianKey(w[0]) == keyOfficeHead && (len(w) < 2 || persianKey(w[1]) != keyGeneralWord) {
				role = "رئیس" // «اداره X» is headed by its رئیس, «اداره کل X» by its مدیرکل
			}
			if role == "" {
				continue
			}
			r = roleRef{start: k + 1, next: o.end, role: role, org: o.name, orgPlace: o.place}
		} else {
			continue
		}
		if r.next >= len(ts) || ts[r.next].sent != ts[k].sent || !isBecomeVerb(ts, r.next) {
			continue
		}
		p := a.subjectBefore(k)
		if p == nil {
			continue
		}
		a.addClauseApp(appMention{person: p, role: r, sent: ts[k].sent, how: howAppointment, rule: "in-charge-of"})
	}
}
