package extract

// r21bGoOnVerbs go on with a speech already begun: «افزود».
var r21bGoOnVerbs = keySet("افزود", "افزوده")

// r21bMaxGoOnTokens bounds the words between a sentence's opening post
// and the «افزود:» that goes on with the speech («... با قدردانی از
// مدیرکل پیشین افزود:»).
const r21bMaxGoOnTokens = 8

// r21bGoOnVerbAfter returns the token of «افزود» followed by a colon
// within r21bMaxGoOnTokens of j in its sentence, no person named before
// it, else -1.
func (a *analysis) r21bGoOnVerbAfter(j int) int {
	ts := a.toks
	for m := j; m+1 < len(ts) && m-j <= r21bMaxGoOnTokens && ts[m].sent == ts[j].sent; m++ {
		if a.personCover[m] {
			return -1
		}
		if r21bGoOnVerbs[ts[m].key] {
			if ts[m+1].text == ":" {
				return m
			}
			return -1
		}
	}
	return -1
}

// r21bSpeakerPostNext reads «X (نیز) در این مراسم سخن گفت. R BODY ...
// افزود: ...»: the speech goes on in the next sentence under a post no
// one named holds, so the post is the speaker's, the one person the
// sentence before names, when he has no post in the report yet (the
// name told first and the post after, as r20bPostsOfOnlyOneBefore reads
// «R BODY گفت:» after a sentence naming one person).
func (a *analysis) r21bSpeakerPostNext() {
	ts := a.toks
	for ri := range a.roles {
		r := a.roles[ri]
		s := ts[r.start].sent
		if s == 0 || r.org == "" || r.former || r.start != a.firstTokenOfSentence(s) {
			continue
		}
		// The speech verb is looked for before the scan of every
		// affiliation postHeld makes.
		if a.r21bGoOnVerbAfter(r.next) < 0 || a.postHeld(r) {
			continue
		}
		var only *personMention
		one := true
		for pi := range a.persons {
			p := &a.persons[pi]
			if ts[p.start].sent != s-1 {
				continue
			}
			if only != nil && !samePerson(only, p) {
				one = false
				break
			}
			only = p
		}
		if !one || only == nil || a.hasAnyAff(only) || !a.r21bSpeaksIn(s-1) {
			continue
		}
		a.affs = append(a.affs, affMention{person: only, role: r, sent: s, rule: "speaker-post-next"})
	}
}

// r21bSpeaksIn reports a sentence that tells a speech: «گفت» in it.
func (a *analysis) r21bSpeaksIn(s int) bool {
	lo, hi := a.sentRange(s)
	for k := lo; k < hi; k++ {
		if a.toks[k].key == keyToldVerb {
			return true
		}
	}
	return false
}
