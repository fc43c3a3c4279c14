package extract

import "strings"

// r25ePassiveNouns are the nouns and participles of the passive compound
// verbs that a report sets right after the name of the person a post, a
// charge or an honour goes to, or in whose presence a session is held
// («به X Y سپرده شد»، «X Y منصوب شد»، «با حضور X Y برگزار شد»): a verb's
// noun of their own, so the word before them is no noun of a verb.
var r25ePassiveNouns = keySet("سپرده", "منصوب", "معرفی", "انتخاب", "برگزیده", "ابلاغ", "واگذار", "محول", "برگزار",
	"تقدیر", "تجلیل", "گمارده", "گماشته", "ابقا", "مأمور", "مامور", "تعیین")

// r25ePassiveVerbs are the forms of «شدن» and «گردیدن» that close those
// passives (the present «می شود» typed apart is read by r25ePassiveVerbAt).
var r25ePassiveVerbs = keySet("شد", "شدند", "شده", "شود", "شوند", "میشود", "میشوند", "گردید", "گردیدند", "گردیده", "میگردد")

// r25ePassiveVerbAt returns the end of a form of «شدن» or «گردیدن» at k,
// also the present typed with its «می» apart («می شود»), else 0.
func r25ePassiveVerbAt(ts []token, k int) int {
	if k >= len(ts) {
		return 0
	}
	if r25ePassiveVerbs[ts[k].key] {
		return k + 1
	}
	if ts[k].key == keyMi && k+1 < len(ts) && ts[k+1].sent == ts[k].sent && r25ePassiveVerbs[ts[k+1].key] {
		return k + 2
	}
	return 0
}

// r25eSecondPartBeforeClause reads a surname's second word at j typed
// apart from the first («کاوه رستمیار سرابله» for «رستمیار‌سرابله»), a name
// word that the sentence follows at once with what only comes after a
// person's name:
//   - «به عنوان»، «به سمت» or «به ترتیب» («… رستمیار سرابله به عنوان معاون
//     …»);
//   - a passive verb with its own noun («به کاوه رستمیار سرابله سپرده شد»،
//     «… منصوب شد»، «با حضور … برگزار می شود»);
//   - a bare form of «شدن» when «جایگزین» or «جانشین» stands right before
//     the name («جایگزین کاوه رستمیار سرابله شد»): the verb's noun is then
//     «جایگزین», so the word before «شد» is the name's.
//
// The first part must have no non-joiner of its own (a text that types it
// joins the parts), and the word must be no given name, no verb's prefix
// typed apart and no noun of a compound verb. It returns the end of the
// second part.
func (a *analysis) r25eSecondPartBeforeClause(i, j int) (int, bool) {
	ts := a.toks
	if j >= len(ts) || ts[j].sent != ts[i].sent || givenNames.has(ts[j].key) || ts[j].key == keyMi || ts[j].key == r24eKeyNami {
		return 0, false
	}
	if strings.Contains(a.text(i, j), "\u200c") {
		return 0, false
	}
	k := a.groupEnd(j)
	if k >= len(ts) || ts[k].sent != ts[i].sent || startsCompoundVerb(ts, k-1) {
		return 0, false
	}
	switch {
	case asTitleAt(ts, k) >= 0:
		return k, true
	case ts[k].key == keyTo && k+1 < len(ts) && ts[k+1].key == keyOrder:
		return k, true
	case r25ePassiveNouns[ts[k].key] && r25ePassiveVerbAt(ts, k+1) > 0:
		return k, true
	case r25ePassiveVerbAt(ts, k) > 0 && a.r25eReplacedBefore(i):
		return k, true
	case speechVerbs[ts[k].key]:
		return k, true // «کاوه رستمیار سرابله گفت: …»
	case isReplaceAt(ts, k) && k+1 < len(ts) && ts[k+1].sent == ts[k].sent && !ts[k+1].punct:
		return k, true // «کاوه رستمیار سرابله جایگزین …»
	}
	return a.r25eThirdPartBeforeClause(i, j)
}

// r25eThirdPartBeforeClause reads a surname of three words typed apart
// («کاوه رستمیار سیه چشمه» for «رستمیار‌سیه‌چشمه»): after the second word at
// j, one more name word (no given name) and then a preposition or «را»
// that follows a name, «به عنوان» or a verb of speech. It returns the end
// of the third word.
func (a *analysis) r25eThirdPartBeforeClause(i, j int) (int, bool) {
	ts := a.toks
	k := a.groupEnd(j)
	if k >= len(ts) || ts[k].sent != ts[i].sent || ts[k].punct || givenNames.has(ts[k].key) || ts[k].key == keyMi || !a.isNameWord(k) {
		return 0, false
	}
	e := a.groupEnd(k)
	if e >= len(ts) || ts[e].sent != ts[i].sent || startsCompoundVerb(ts, e-1) || strings.Contains(a.text(i, e), "\u200c") {
		return 0, false
	}
	if asTitleAt(ts, e) >= 0 || speechVerbs[ts[e].key] || r25ePassiveVerbAt(ts, e) > 0 && a.r25eReplacedBefore(i) ||
		r24eSubjectPrepositions[ts[e].key] && a.r25eSpacedPage() {
		return e, true
	}
	return 0, false
}

// r25eSpacedPage reports a text that types no zero-width non-joiner at
// all, as sites that type it as a space do: there a surname's parts stand
// apart («رستمیار سیه چشمه»), where a text that types the non-joiner joins
// them, so that three name words before a preposition are one name only
// on such a page (elsewhere the third may be a noun in apposition: «کاوه
// رستمیار عکاس طبیعت از …»).
func (a *analysis) r25eSpacedPage() bool {
	if a.r25eSpaced == 0 {
		a.r25eSpaced = 2
		if !strings.Contains(a.body, "\u200c") {
			a.r25eSpaced = 1
		}
	}
	return a.r25eSpaced == 1
}

// r25eReplacedBefore reports «جایگزین» or «جانشین» right before the
// person's name whose surname starts at i, with only the given name and
// titles between them.
func (a *analysis) r25eReplacedBefore(i int) bool {
	ts := a.toks
	for p := i - 1; p >= 0 && p >= i-6 && ts[p].sent == ts[i].sent && !ts[p].punct; p-- {
		if ts[p].key == keyReplace || ts[p].key == keySuccessor {
			return p < i-1
		}
		if !isGivenToken(ts[p]) && a.titleAt(p) == 0 {
			return false
		}
	}
	return false
}

// r25eSpacedPresentAt reports the present of a verb of set typed with its
// «می» apart at j («می گیرد» for «می‌گیرد»), as many sites type the
// non-joiner as a space.
func r25eSpacedPresentAt(ts []token, j int, set map[string]bool) bool {
	return j+1 < len(ts) && ts[j].key == keyMi && ts[j+1].sent == ts[j].sent && !ts[j+1].punct && set[keyMi+ts[j+1].key]
}

// r25eSurnameEndingAt reports a given name of m tokens at i followed at
// once by a surname's ending typed apart («ولی نیا» for «ولی‌نیا»،
// «علی پور»): the given name is then the surname's stem, not a second
// given name.
func r25eSurnameEndingAt(ts []token, i, m int) bool {
	k := i + m
	return k < len(ts) && ts[k].sent == ts[i].sent && !ts[k].punct && surnameSuffixes.has(ts[k].key)
}

// r25eStemEndings are the surname endings that end no word of a sentence
// typed apart before them: a word (a given name, «ولی»، «شه») with one of
// them right after it is a surname's stem (ولی‌نیا، شه‌پور، تاج‌نیا).
var r25eStemEndings = keySet("پور", "زاده", "نژاد", "نیا", "کیا", "وند", "لو")

// r25eStemBeforeEnding reports a surname's stem at i typed apart from its
// ending, right after a given name, when the stem is a word that names
// no one by itself (a given name, a stop or a common word: «کاوه ولی
// زاده»، «کاوه شه پور»). «و» and the prepositions that follow a name
// are no stems.
func (a *analysis) r25eStemBeforeEnding(i int) bool {
	ts := a.toks
	if i == 0 || i+1 >= len(ts) || ts[i].punct || ts[i].digit || ts[i+1].sent != ts[i].sent || ts[i+1].punct || a.covered(i) {
		return false
	}
	if !isGivenToken(ts[i-1]) || !r25eStemEndings[ts[i+1].key] || ts[i].key == keyAnd || r24eSubjectPrepositions[ts[i].key] {
		return false
	}
	return givenNames.has(ts[i].key) || stopWords.has(ts[i].key) || commonWords.has(ts[i].key)
}

// r25eNounPrefixes are the words that open compound nouns of posts' fields
// and that, typed apart, read as stop words («پیش بینی» for «پیش‌بینی»،
// «پیش گیری»، «پیش دبستانی»، «پس انداز»).
var r25eNounPrefixes = keySet("پیش", "پس")

// r25eSpacedPrefixEnd returns the end of a compound noun typed apart at
// j, a noun prefix of r25eNounPrefixes and a word that goes on no name or
// sentence by itself (no stop word, verb, post, place or head noun), else
// j.
func r25eSpacedPrefixEnd(ts []token, j int) int {
	if j+1 >= len(ts) || !r25eNounPrefixes[ts[j].key] || ts[j+1].sent != ts[j].sent {
		return j
	}
	t := ts[j+1]
	if t.punct || t.digit || stopWords.has(t.key) || lightVerbs.has(t.key) || isVerbLike(t.key) || roleWordsAt(ts, j+1) > 0 || placeLen(ts, j+1) > 0 {
		return j
	}
	if hn, _ := headNouns.at(ts, j+1); hn > 0 {
		return j
	}
	return j + 2
}

// r25eSpacedPreventionBefore reports «پیشگیری» typed apart («پیش گیری»)
// right before j.
func r25eSpacedPreventionBefore(ts []token, j int) bool {
	return j >= 2 && ts[j-2].key+ts[j-1].key == keyPrevention
}

// r25eSpacedPlaceEnd reports, on a page that types no non-joiner
// (r25eSpacedPage), what ends a name at k right after a place's name
// that follows a surname: a comma, «و» or a verb of speech (not «را»,
// whose object may be the place: «… X Y اردستان را …»). There a surname of two parts, the
// second a place's name, is typed apart («کاوه تهرانی رودبار، …» for
// «تهرانی‌رودبار»), and a place is told after its preposition or body,
// not right after a bare name.
func (a *analysis) r25eSpacedPlaceEnd(k int) bool {
	ts := a.toks
	if k >= len(ts) || !a.r25eSpacedPage() {
		return false
	}
	return ts[k].text == "،" || ts[k].key == keyAnd || speechVerbs[ts[k].key]
}

// r25eMiddleStemAt reads a surname's second part typed apart whose stem
// at j is a common or a stop word, followed by a surname ending of
// r25eStemEndings («کاوه لطف الهی زاده» for «لطف‌الهی‌زاده»), and then
// an end of the name. It returns the end of the part.
func (a *analysis) r25eMiddleStemAt(j int) (int, bool) {
	ts := a.toks
	if j+1 >= len(ts) || ts[j].punct || ts[j].digit || ts[j+1].sent != ts[j].sent || ts[j+1].punct || a.covered(j) {
		return 0, false
	}
	if !r25eStemEndings[ts[j+1].key] || ts[j].key == keyAnd || r24eSubjectPrepositions[ts[j].key] || !(stopWords.has(ts[j].key) || commonWords.has(ts[j].key)) {
		return 0, false
	}
	k := a.groupEnd(j)
	return k, a.nameEndsAt(k)
}

// r25eCommonFirstPart reads, on a page that types no non-joiner
// (r25eSpacedPage), a surname whose first part typed apart is a common or
// a stop word («کاوه زمانی سرابله» for «زمانی‌سرابله»): right after a
// given name, the word and then a name word (no given name) set off by
// what only follows a person's name: a comma and a post or a title, a
// post, «به عنوان» or a verb of speech. It returns the end of the second
// part.
func (a *analysis) r25eCommonFirstPart(i int) (int, bool) {
	ts := a.toks
	if i == 0 || i+2 >= len(ts) || !isGivenToken(ts[i-1]) || ts[i].punct || ts[i+1].sent != ts[i].sent || a.covered(i) {
		return 0, false
	}
	w := ts[i].key
	if !(stopWords.has(w) || commonWords.has(w)) || len([]rune(w)) < 3 || w == keyAnd || r24eSubjectPrepositions[w] {
		return 0, false
	}
	if givenNames.has(ts[i+1].key) || !a.isNameWord(i+1) || !a.r25eSpacedPage() {
		return 0, false
	}
	k := a.groupEnd(i + 1)
	if k >= len(ts) || ts[k].sent != ts[i].sent {
		return 0, false
	}
	switch {
	case ts[k].text == "،" || ts[k].text == ",":
		return k, k+1 < len(ts) && ts[k+1].sent == ts[i].sent && (roleWordsAt(ts, k+1) > 0 || a.titleAt(k+1) > 0)
	case roleWordsAt(ts, k) > 0 || asTitleAt(ts, k) >= 0 || speechVerbs[ts[k].key]:
		return k, true
	}
	return 0, false
}

// r25eSpacedThirdGiven reads, on a page that types no non-joiner, a
// given name or a place's name at j after a surname of two parts as its
// third part («کاوه قره چمنی آذر صبح امروز …» for «قره‌چمنی‌آذر»), where
// r24eSpacedSecondPart finds it set off by a post, a title or a word
// that only follows a name. It returns the end of the part.
func (a *analysis) r25eSpacedThirdGiven(i, j int) (int, bool) {
	if j >= len(a.toks) || a.toks[j].punct || !a.r25eSpacedPage() {
		return 0, false
	}
	return a.r24eSpacedSecondPart(i, j)
}

// r25eCommonSecondPart reads, on a page that types no non-joiner, a
// common word at j as a surname's second part typed apart («کاوه رهنمای
// شرق» for «رهنمای‌غرب»): right before a post, or a comma and a post,
// which name who holds it, so the word before them is the name's.
func (a *analysis) r25eCommonSecondPart(i, j int) (int, bool) {
	ts := a.toks
	if j+1 >= len(ts) || ts[j].punct || ts[j].digit || !commonWords.has(ts[j].key) || len([]rune(ts[j].key)) < 3 || a.covered(j) {
		return 0, false
	}
	k := j + 1
	if ts[k].sent != ts[i].sent || startsCompoundVerb(ts, j) || !a.r25eSpacedPage() {
		return 0, false
	}
	if ts[k].text == "،" && k+1 < len(ts) && ts[k+1].sent == ts[i].sent {
		k++
	}
	return j + 1, roleWordsAt(ts, k) > 0
}

// r25eAllahApartAt reports a given name of the «...الله» pattern typed
// with «الله» apart at i («ولی الله»، «روح الله» for «ولی‌الله»): the two
// words are one given name (not a title: «آیت الله»، nor an expression:
// see notAllahNames).
func r25eAllahApartAt(ts []token, i int) bool {
	if i+1 >= len(ts) || ts[i].punct || ts[i+1].sent != ts[i].sent || ts[i+1].key != keyAllah {
		return false
	}
	return isProductiveGiven(ts[i].key + keyAllah)
}
