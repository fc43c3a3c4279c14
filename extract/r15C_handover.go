package extract

// r15CAppsOnlyOf reports that every appointment found so far is one of
// the outgoing holder pred («... از زحمات ب قدردانی و الف معرفی شد. ب به
// عنوان معاون X منصوب شده است»): his own move to a new post leaves the
// report's post to fill all the same.
func (a *analysis) r15CAppsOnlyOf(pred *personMention) bool {
	if pred == nil {
		return false
	}
	for _, ap := range a.apps {
		if !samePerson(ap.person, pred) {
			return false
		}
	}
	return true
}

// r15CMovedByAppointment reports an outgoing holder p whose every other
// post is one he is told appointed to: he moved on from post r to it, he
// is no guest holding another body's post.
func (a *analysis) r15CMovedByAppointment(p *personMention, r roleRef) bool {
	if p == nil {
		return false
	}
	return a.otherPostsAll(p, r, func(af affMention) bool {
		for _, ap := range a.apps {
			if samePerson(ap.person, p) && samePost(ap.role, af.role) {
				return true
			}
		}
		return false
	})
}

// r15CIntroducedBesides returns the one person, other than the outgoing
// holder pred, told introduced right after his name with no post of his
// own («... و الف معرفی شد»); two such persons give none.
func (a *analysis) r15CIntroducedBesides(pred *personMention) *personMention {
	var in *personMention
	for pi := range a.persons {
		p := &a.persons[pi]
		if samePerson(p, pred) || !a.introducedAfter(p) || a.hasRole(p) || a.hasApp(p) {
			continue
		}
		if in != nil && !samePerson(in, p) {
			return nil
		}
		in = p
	}
	return in
}

// r15CReplacedName reports a person named right after «جایگزین/جانشین»
// with a verb of becoming after him («الف جایگزین ب شد و به عنوان R
// منصوب شد»): ب is the one replaced, not the subject of the post told
// after.
func (a *analysis) r15CReplacedName(p *personMention) bool {
	ts := a.toks
	return p.start > 0 && isReplaceAt(ts, p.start-1) && p.end < len(ts) && isBecomeVerb(ts, p.end)
}

// r15CMovedInClause adds, for each appointment's predecessor, the post a
// clause on him tells held now: «از زحمات Y، دادستان سابق این شهرستان
// که اکنون ریاست شعبه X را بر عهده دارد، قدردانی شد» — he moved on to
// it. The day he moved is not told. A post told as a state («که اکنون
// معاون X است») is his affiliation only.
func (a *analysis) r15CMovedInClause() {
	ts := a.toks
	n := len(a.apps)
	for i := 0; i < n; i++ {
		pred := a.apps[i].predecessor
		if pred == nil {
			continue
		}
		for _, af := range a.affs {
			if af.fromNow || af.rule != "holds-charge" || !samePerson(af.person, pred) || af.role.org == "" || persianKey(af.role.org) == persianKey(a.apps[i].role.org) {
				continue
			}
			k := af.role.start
			if k < 2 || k >= len(ts) || !nowWords[ts[k-1].key] || ts[k-2].key != keyWhich || ts[k-2].sent != ts[k].sent {
				continue
			}
			var last *personMention
			for pi := range a.persons {
				p := &a.persons[pi]
				if p.end <= k-2 && ts[p.start].sent == ts[k].sent {
					last = p
				}
			}
			if last == nil || !samePerson(last, pred) {
				continue
			}
			a.addClauseApp(appMention{person: last, role: af.role, sent: af.sent, how: howAppointment, rule: "moved-on-now"})
		}
	}
}
