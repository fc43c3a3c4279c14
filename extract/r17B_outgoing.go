package extract

// r17bOutgoingNowPosts reads the post an outgoing holder holds from now
// on, told in the present: «ب از این پس مدیر Y است»، «الف جای ب را
// می‌گیرد که از این پس مدیر Y است». The one who holds it is the
// predecessor of an appointment the report tells, so the post is his
// next one: an appointment (told with no date of its own) and a post he
// holds. A post held «اکنون» states no change and is a post only. The
// subject is the name right before «از این پس», or, after «که», the
// person named last before «که» in the sentence.
func (a *analysis) r17bOutgoingNowPosts() {
	ts := a.toks
	for j := 2; j < len(ts); j++ {
		t := a.r17bNowPhraseBefore(j)
		if t < 1 {
			continue
		}
		r := a.roleStartingAt(j)
		if r == nil || r.org == "" || r.former || !a.presentCopulaAt(r.next) {
			continue
		}
		var p *personMention
		if ts[t-1].key == keyWhich {
			for pi := len(a.persons) - 1; pi >= 0; pi-- {
				q := &a.persons[pi]
				if q.end <= t-1 && ts[q.start].sent == ts[t].sent {
					p = q
					break
				}
			}
		} else {
			p = a.personEndingAt(t)
		}
		if p == nil || ts[p.start].sent != ts[j].sent || !a.r17bIsPredecessor(p) || a.hasAppIn(p, r.org) {
			continue
		}
		a.addClauseApp(appMention{person: p, role: *r, sent: ts[j].sent, how: howAppointment, rule: "outgoing-now-post"})
		if !a.hasAff(p, *r) {
			a.affs = append(a.affs, affMention{person: p, role: *r, sent: ts[j].sent, rule: "outgoing-now-post", fromNow: true})
		}
	}
}

// r17bNowPhraseBefore returns the first token of «از این پس» right
// before token j, or -1.
func (a *analysis) r17bNowPhraseBefore(j int) int {
	ts := a.toks
	if j >= 3 && ts[j-3].key == keyFrom && ts[j-2].key == keyThis && ts[j-1].key == keyHence {
		return j - 3
	}
	return -1
}

// r17bIsPredecessor reports p named as the predecessor of an appointment
// of another person.
func (a *analysis) r17bIsPredecessor(p *personMention) bool {
	for _, ap := range a.apps {
		if ap.predecessor != nil && samePerson(ap.predecessor, p) && !samePerson(ap.person, p) {
			return true
		}
	}
	return false
}
