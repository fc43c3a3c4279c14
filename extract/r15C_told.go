package extract

// r15COnlyReplaced reports a person named only as the one a post's new
// holder replaced, or as its past holder: «جایگزین Y شد»، «این سمت پیش
// از این بر عهده Y بود», and a clause on him in the same sentence after
// («... جایگزین Y شده است؛ Y که پیش از این ...»). In a meeting's report
// he is told of, not at it.
func (a *analysis) r15COnlyReplaced(p *personMention) bool {
	ts := a.toks
	replacedIn := map[int]bool{}
	for qi := range a.persons {
		q := &a.persons[qi]
		if !samePerson(p, q) {
			continue
		}
		s := ts[q.start].sent
		switch {
		case q.start > 0 && isReplaceAt(ts, q.start-1):
			replacedIn[s] = true
		case a.r15CPastChargeOf(q):
			replacedIn[s] = true
		case replacedIn[s]:
		default:
			return false
		}
	}
	return len(replacedIn) > 0
}

// r15CPastChargeOf reports «بر عهده Y بود/بوده است»: Y held the post
// before.
func (a *analysis) r15CPastChargeOf(q *personMention) bool {
	ts := a.toks
	return q.start > 1 && q.end < len(ts) && ts[q.start-1].key == keyCharge2 && ts[q.start-2].key == keyOn &&
		(ts[q.end].key == keyWas || ts[q.end].key == keyWas2)
}

// r15CAppointedInIndirectSpeech reports one whose post changes
// (appointee or predecessor) named only in indirect speech, after a
// verb of speech with no colon between: «X در ادامه اعلام کرد با حکم
// وی، Y به عنوان R منصوب شده است». He is told of, not at the event.
func (a *analysis) r15CAppointedInIndirectSpeech(p *personMention) bool {
	if !a.changesPost(p) {
		return false
	}
	ts := a.toks
	quoted := a.quotedTokens()
	for qi := range a.persons {
		q := &a.persons[qi]
		if !samePerson(p, q) {
			continue
		}
		if quoted[q.start] {
			return false
		}
		i0, _ := a.sentRange(ts[q.start].sent)
		said := false
		for j := q.start - 1; j >= i0; j-- {
			if ts[j].text == ":" {
				break
			}
			if j > i0 && (r15CSaidAdded[ts[j].key] || saidVerbs[ts[j].key] && j+1 < len(ts) && r15CSpeechLightVerbs[ts[j+1].key]) {
				said = true
				break
			}
		}
		if !said {
			return false
		}
	}
	return true
}

// r15CSpeechLightVerbs make a verb of speech of «اعلام»، «بیان»، «تأکید»:
// «اعلام کرد»، «اعلام شد»، not the noun of «پس از اعلام نتایج».
var r15CSpeechLightVerbs = keySet("کرد", "کردند", "شد", "نمود", "داشت", "گردید")

// r15CSaidAdded are the verbs of speech that are verbs alone.
var r15CSaidAdded = keySet("گفت", "افزود")
