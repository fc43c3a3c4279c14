package extract

// maxRelativeClauseTokens bounds the relative clause between a name and
// the verb that introduces it: «X، که ... با حکم وزیر منصوب شده بود، معرفی
// شد».
const maxRelativeClauseTokens = 24

// introducedAfter reports the name p followed by a verb of introduction
// («X معرفی شد»، «X معرفی و از زحمات Y قدردانی شد»), maybe after a
// relative clause closed by a comma («X که روز دوشنبه با حکم وزیر منصوب
// شده بود، معرفی شد»): in a report of one post he is its new holder.
func (a *analysis) introducedAfter(p *personMention) bool {
	ts := a.toks
	k := p.end
	if k >= len(ts) {
		return false
	}
	if introWords[ts[k].key] {
		return true
	}
	if ts[k].key != keyWhich {
		return false
	}
	s := ts[k].sent
	for j := k + 1; j+1 < len(ts) && j <= k+maxRelativeClauseTokens && ts[j].sent == s; j++ {
		if ts[j].text == "،" || ts[j].text == "," {
			return introWords[ts[j+1].key] && ts[j+1].sent == s
		}
	}
	return false
}

// introducedPerson returns the one person of a handover report introduced
// with no post of his own, when no outgoing holder is named: «آیین
// معارفه مدیرعامل جدید شرکت X ... در این آیین، الف معرفی شد». Two such
// persons leave the post to none.
func (a *analysis) introducedPerson() *personMention {
	var in *personMention
	for pi := range a.persons {
		p := &a.persons[pi]
		if !a.introducedAfter(p) || a.hasRole(p) {
			continue
		}
		if in != nil && !samePerson(in, p) {
			return nil
		}
		in = p
	}
	return in
}
