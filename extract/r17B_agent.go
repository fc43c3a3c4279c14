package extract

// keyBy is «توسط», the agent of a passive: «حکم X توسط Y ابلاغ شد».
var keyBy = persianKey("توسط")

// r17bAgentAfterSubject reports the person pi named as the agent of a
// passive, right after «از سوی» or «توسط» (its titles between), when the
// sentence names someone before it: «حکم الف از سوی ب ابلاغ شد. وی ...»
// speaks on of الف, the one the decree is for, not of ب who handed it
// over.
func (a *analysis) r17bAgentAfterSubject(pi int) bool {
	ts := a.toks
	p := &a.persons[pi]
	i := a.titledStart(p)
	switch {
	case i >= 2 && ts[i-1].key == keySide && ts[i-2].key == keyFrom:
	case i >= 1 && ts[i-1].key == keyBy:
	default:
		return false
	}
	return pi > 0 && ts[a.persons[pi-1].start].sent == ts[p.start].sent
}

// r17bDecreeFor reports the person p named right after «حکم» and before
// «به عنوان/به سمت»: «حکم الف به عنوان R ... ابلاغ شد» is the decree for
// الف, who is no issuer but the one the decree appoints.
func (a *analysis) r17bDecreeFor(p *personMention) bool {
	ts := a.toks
	return p.start > 0 && ts[p.start-1].key == keyDecree && !(p.start > 1 && ts[p.start-2].key == keyWith) && asTitleAt(ts, p.end) > 0
}
