package extract

// r20bInterviewWords open «در گفت‌وگو با خبرنگار X»، the interview a post's
// holder speaks in, between his post and «گفت».
var r20bInterviewWords = keySet("گفت‌وگو", "گفتگو", "مصاحبه")

// r20bMaxInterviewTokens bounds the words of «در گفت‌وگو با خبرنگار X».
const r20bMaxInterviewTokens = 6

// r20bSpeechVerbAfterPosts returns the token of «گفت» after the posts
// ending at j, past «در گفت‌وگو با خبرنگار X», when a colon follows it
// («R1 BODY1 و R2 BODY2 در گفت‌وگو با خبرنگار تسنیم گفت: ...»), else -1.
func (a *analysis) r20bSpeechVerbAfterPosts(j int) int {
	ts := a.toks
	if j+2 < len(ts) && ts[j].key == keyIn && r20bInterviewWords[ts[j+1].key] {
		for m := j + 2; m < len(ts) && m <= j+r20bMaxInterviewTokens && ts[m].sent == ts[j].sent && !ts[m].punct; m++ {
			if ts[m].key == keyToldVerb {
				j = m
				break
			}
		}
	}
	if j+1 < len(ts) && ts[j].key == keyToldVerb && ts[j+1].text == ":" {
		return j
	}
	return -1
}

// r20bPostsOfOnlyOneBefore reads «... با حضور X برگزار می‌شود. R1 BODY1 و
// R2 BODY2 (در گفت‌وگو با خبرنگار Y) گفت: ...»: a sentence opening with
// posts no one named holds, right after a sentence that names one person
// only, with no post in the report, gives him those posts.
func (a *analysis) r20bPostsOfOnlyOneBefore() {
	ts := a.toks
	for ri := range a.roles {
		r := a.roles[ri]
		s := ts[r.start].sent
		if s == 0 || r.org == "" || r.former || r.start != a.firstTokenOfSentence(s) {
			continue
		}
		posts := append([]roleRef{r}, a.coordinatedPosts(r)...)
		last := posts[len(posts)-1]
		v := a.r20bSpeechVerbAfterPosts(last.next)
		if v < 0 {
			v = a.r23bSpeechAfterAdjunct(last.next) // «R BODY با اشاره به ... گفت:»
		}
		if v < 0 {
			v = a.r24bSpeechAfterStating(last.next) // «R BODY، با بیان اینکه ...، گفت:»
		}
		if v < 0 {
			continue
		}
		held := false
		for _, q := range posts {
			held = held || a.postHeld(q)
		}
		if held {
			continue
		}
		var only *personMention
		one := true
		for pi := range a.persons {
			p := &a.persons[pi]
			ps := ts[p.start].sent
			if ps == s && p.start < v || ps == s-1 && only != nil && !samePerson(only, p) {
				one = false
				break
			}
			if ps == s-1 && only == nil {
				only = p
			}
		}
		if !one {
			only = a.r24bOnlyHostBefore(s, v) // the host, not the guests «با حضور» lists
		}
		if only == nil || a.hasAnyAff(only) {
			continue
		}
		for qi, q := range posts {
			if qi > 0 && a.r24bRepresentingIn(q) {
				continue
			}
			a.affs = append(a.affs, affMention{person: only, role: q, sent: s, rule: "posts-of-the-one-before"})
		}
	}
}

// r20bOfficialNouns are the nouns of «این مقام (مسئول)», an official
// referred back to like «وی».
var r20bOfficialNouns = keySet("مقام")

// r20bThisOfficialAffiliations reads «این مقام (مسئول)، R BODY است»: the
// official referred back to is the one named last before, and the post
// told of him with a present copula is his.
func (a *analysis) r20bThisOfficialAffiliations() {
	ts := a.toks
	for k := 0; k+2 < len(ts); k++ {
		if !isDeterminer(ts[k].key) || ts[k].key != keyThisWord || !r20bOfficialNouns[ts[k+1].key] || ts[k+1].sent != ts[k].sent {
			continue
		}
		j := k + 2
		if j < len(ts) && ts[j].key == keyInChargeOf {
			j++
		}
		if j < len(ts) && isSeparator(ts[j].text) && ts[j].text != "-" {
			j++
		}
		r := a.roleStartingAt(j)
		if r == nil || r.org == "" || r.former || ts[r.start].sent != ts[k].sent || !a.presentCopulaAt(r.next) {
			continue
		}
		p := a.antecedent(k)
		if p == nil || a.hasAff(p, *r) {
			continue
		}
		a.affs = append(a.affs, affMention{person: p, role: *r, sent: ts[k].sent, rule: "this-official-then-role"})
	}
}

var keyThisWord = persianKey("این")

// r20bPersonAfterLead returns the person named right after the lead that
// opens sentence s («شهر- OUTLET- X ...»، «OUTLET/PLACE X ...»، «به گزارش
// OUTLET، X ...»), the sentence's subject as much as one opening it; nil
// when there is no lead or no name right after it.
func (a *analysis) r20bPersonAfterLead(s int) *personMention {
	lo, hi := a.sentRange(s)
	for k := lo + 2; k < hi && k <= lo+maxDatelineTokens+1; k++ {
		if a.afterLead(k) || a.r20bAfterSlashDateline(k) {
			if p := a.personStartingAt(k); p != nil {
				return p
			}
		}
	}
	return nil
}

// r20bMaxQuoteReach bounds how far back from a word of a quote its
// opening colon is looked for.
const r20bMaxQuoteReach = 80

// r20bFirstPersonPosts reads «من/بنده/اینجانب به عنوان R BODY» in a speaker's quote
// («X گفت: «... با حضور من به عنوان دبیر شورا ...»»): the post the
// speaker tells of himself is his.
func (a *analysis) r20bFirstPersonPosts() {
	ts := a.toks
	for k := 0; k+2 < len(ts); k++ {
		if !r16CFirstPerson[ts[k].key] || k > 0 && ts[k-1].key == keyDecree {
			continue // «با حکم اینجانب به عنوان R منصوب شد»: the post of the one appointed
		}
		t := asTitleAt(ts, k+1)
		if t < 0 || t >= len(ts) || ts[t].sent != ts[k].sent {
			continue
		}
		r, ok := a.roleAt(t)
		if !ok || r.org == "" || r.former || r.next <= t {
			continue
		}
		p := a.r20bSpeakerOf(k)
		if p == nil || a.hasAff(p, r) {
			continue
		}
		a.affs = append(a.affs, affMention{person: p, role: r, sent: ts[k].sent, rule: "first-person-post"})
	}
}

// r20bSpeakerOf returns the speaker of the quote holding token k: the
// person opening the sentence of the colon and opening quote mark
// before k («X ... گفت: «...»»), when no closing mark stands between.
func (a *analysis) r20bSpeakerOf(k int) *personMention {
	ts := a.toks
	for c := k - 1; c >= 1 && c >= k-r20bMaxQuoteReach; c-- {
		if ts[c].text == "»" {
			return nil
		}
		if ts[c].text != "«" || ts[c-1].text != ":" {
			continue
		}
		s := ts[c].sent
		first := a.firstTokenOfSentence(s)
		if p := a.personStartingAt(first); p != nil {
			return p
		}
		if pronounKeys[ts[first].key] {
			return a.antecedent(first)
		}
		return a.r20bPersonAfterLead(s)
	}
	return nil
}
