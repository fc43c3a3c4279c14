package extract

// r17CSigningWord reports an agreement's word (signingWords), also as an
// indefinite noun: «تفاهم‌نامه‌ای ... به امضای الف و ب رسید»، «قراردادی
// ... امضا شد».
func r17CSigningWord(key string) bool {
	return signingWords[key] || signingWords[indefiniteStem(key)]
}

// r17CIntroducesSeveral reports «معارفه» and a plural post in sentence s
// («آیین تودیع و معارفه شهرداران مناطق الف و ب»، «مراسم معارفه مدیران
// بخش‌ها»): several holders handed over at once, each of the article's
// appointees, when the article appoints more than one person.
func (a *analysis) r17CIntroducesSeveral(s int) bool {
	i0, i1 := a.sentRange(s)
	found := false
	for i := i0; i+1 < i1; i++ {
		if a.toks[i].key == keyIntroduction && newOnesWords[a.toks[i+1].key] {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	var first *personMention
	for n := range a.apps {
		if p := a.apps[n].person; p != nil {
			if first == nil {
				first = p
			} else if !samePerson(first, p) {
				return true
			}
		}
	}
	return false
}

// r17CPresentNewOnes reports «با حضور» right before a plural post named
// «new» between tokens i0 and i1 («جلسه ... با حضور شهرداران جدید
// مناطق، شنبه آینده برگزار می‌شود»): the new holders will be at an event
// still to come.
func (a *analysis) r17CPresentNewOnes(i0, i1 int) bool {
	ts := a.toks
	for k := i0 + 1; k < i1; k++ {
		if ts[k-1].key != keyPresence || k < i0+2 || ts[k-2].key != keyWith {
			continue
		}
		if n, _ := pluralPosts.at(ts, k); n > 0 && k+n < i1 && newHolderWords[ts[k+n].key] {
			return true
		}
	}
	return false
}
