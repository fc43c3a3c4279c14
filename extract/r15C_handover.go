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
	found := false
	for _, af := range a.affs {
		if af.fromNow || !samePerson(af.person, p) || persianKey(af.role.org) == persianKey(r.org) && firstWordKey(af.role.role) == firstWordKey(r.role) {
			continue
		}
		moved := false
		for _, ap := range a.apps {
			if samePerson(ap.person, p) && persianKey(ap.role.org) == persianKey(af.role.org) && firstWordKey(ap.role.role) == firstWordKey(af.role.role) {
				moved = true
				break
			}
		}
		if !moved {
			return false
		}
		found = true
	}
	return found
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
