package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/peyvand/peyvand/persian"
)

// personMention is a person named in an article.
type personMention struct {
	start, end int // token range, titles included
	nameStart  int // first token of the name itself
	name       string
	titles     []string
	given      bool   // the name starts with a given name
	glued      string // a rank typed glued to the given name (سردارمحمد), if any
	surname    string // the key of the surname after the given name, if any
}

// maxTitleTokens bounds a title's length in tokens (حجت الاسلام و المسلمین).
const maxTitleTokens = 5

// titleAt returns how many tokens from i form an honorific or rank.
func (a *analysis) titleAt(i int) int {
	if i >= 0 && i < len(a.titleMemo) && a.titleMemo[i] >= 0 {
		return a.titleMemo[i]
	}
	n := a.titleAtUncached(i)
	if i >= 0 && i < len(a.titleMemo) {
		a.titleMemo[i] = n
	}
	return n
}

func (a *analysis) titleAtUncached(i int) int {
	ts := a.toks
	if i >= len(ts) || ts[i].punct {
		return 0
	}
	best, _ := extraTitles.at(ts, i)
	first := a.cache.isTitleWord(ts[i].text)
	if !first && ts[i].key != keyHojjat {
		return best // every multi-word title starts with a title word, save حجت الاسلام
	}
	words := ts[i].text
	if first && best < 1 {
		best = 1
	}
	for j := i + 1; j < len(ts) && j-i < maxTitleTokens && !ts[j].punct; j++ {
		words += " " + ts[j].text
		if a.cache.isTitleWord(words) && j-i+1 > best {
			best = j - i + 1
		}
	}
	return best
}

// isNameWord reports whether token i can be a word of a person's name.
func (a *analysis) isNameWord(i int) bool {
	if i >= 0 && i < len(a.nameMemo) {
		if a.nameMemo[i] == 0 {
			a.nameMemo[i] = 2
			if a.isNameWordUncached(i) {
				a.nameMemo[i] = 1
			}
		}
		return a.nameMemo[i] == 1
	}
	return a.isNameWordUncached(i)
}

// indefiniteOfStopWord reports a stop word with the indefinite «ی»
// (گزارشی، پیامی، سخنانی).
func indefiniteOfStopWord(key string) bool {
	stem, ok := strings.CutSuffix(key, "ی")
	return ok && utf8.RuneCountInString(stem) >= 3 && stopWords.has(stem)
}

// indefiniteObjects are nouns with the indefinite «ی» that stand as the
// object of «ارائه کرد/داد»، «قرائت کرد» right after a post or a name: no
// word of a body's name (معاون فنی شرکت گزارشی ارائه کرد).
var indefiniteObjects = keySet("گزارشی", "توضیحاتی", "پیامی", "سخنانی", "گزارش‌هایی")

// isNameWordUncached is isNameWord without the memo; bodies and projects
// must be found before the memo is filled, as it depends on them.
func (a *analysis) isNameWordUncached(i int) bool {
	ts := a.toks
	if i >= len(ts) {
		return false
	}
	t := ts[i]
	if t.punct || t.digit || len([]rune(t.key)) < 2 || a.covered(i) {
		return false
	}
	if stopWords.has(t.key) || commonWords.has(t.key) || isVerbLike(t.key) && !isCityNisba(t.key) && !nisbaCompound(t.text) && !surnameCompound(t.text) || endsNameAsPost(t) {
		return false
	}
	if r25cPreverbVerb(t) {
		return false // «برمی‌دارد»
	}
	// An ordinal in «ین» (هفتمین، نخستین) stands before its noun: never a
	// word of a name (بهرامی هفتمین رئیس اداره است).
	if isPrenominalOrdinal(t) || r25bAdverbWord(t) {
		return false
	}
	// A common noun with the indefinite «ی» after a surname is the object
	// that follows the name, not more of it (کاوه رستمیار گزارشی ارائه داد).
	if i > 0 && !isGivenToken(ts[i-1]) && indefiniteOfStopWord(t.key) {
		return false
	}
	// A plural ending is also how «ه‌ای» reads without its non-joiner
	// (قلعه‌ای typed قلعهای): right after a given name it is a surname.
	if isPlural(t) && !(i > 0 && isGivenToken(ts[i-1])) {
		return false
	}
	// A plural post (معاونان، مشاوران) names holders, not a person.
	if pluralPosts.has(t.key) && !(i > 0 && isGivenToken(ts[i-1])) {
		return false
	}
	for _, s := range []*phraseSet{headNouns, roleWords, eventWords, knownBodies, provinces, cities, projectHeads} {
		if n, _ := s.at(ts, i); n > 0 {
			// A one-word city right after a given name is a surname
			// (کیوان زابلی، نسرین مرندی), unless a body's name or «و» goes on.
			// So is one a detached surname ending follows (کیوان زابلی فر).
			if s == cities && n == 1 && a.afterGivenOrTitle(i) && (i+1 >= len(ts) || ts[i+1].punct || !a.isNameWordCheap(i+1) ||
				ts[i+1].sent == t.sent && surnameSuffixes.has(ts[i+1].key)) {
				continue
			}
			// So is a one-word head noun that names no body there
			// (عیسی کلانتری گفت، not «کلانتری ۱۲»).
			if s == headNouns && n == 1 && a.afterGivenOrTitle(i) && (i+1 >= len(ts) || ts[i+1].punct || stopWords.has(ts[i+1].key) || lightVerbs.has(ts[i+1].key)) {
				continue
			}
			// And one a detached surname ending follows (سپاه پور،
			// دانشگاه زاده): those endings begin no body's name.
			if (s == headNouns || s == knownBodies) && n == 1 && surnameStemAt(ts, i) {
				continue
			}
			return false
		}
	}
	if eventWordAt(ts, i) != "" {
		return false
	}
	return a.titleAt(i) == 0
}

// surnameOnlyEndings are detached surname endings that never begin a
// body's name or follow a head noun in one: «پور»، «زاده»، «نژاد».
var surnameOnlyEndings = keySet("پور", "زاده", "نژاد")

// surnameStemAt reports a one-word head noun at i right after a given
// name and before a detached surname ending that begins no body's name:
// «سپاه پور»، «بانک زاده» are surnames.
// surnameCompound reports a word of parts joined by non-joiners whose
// first part is no verb prefix and whose last is a surname ending
// (میمه‌ای‌نژاد، میکائیل‌پور): a surname that starts like a verb, where a
// verb's non-joiner follows «می» or «نمی» alone (می‌رود).
func surnameCompound(text string) bool {
	first, _, ok := strings.Cut(text, "\u200c")
	if !ok || first == "می" || first == "نمی" || utf8.RuneCountInString(first) < 3 {
		return false
	}
	last := text[strings.LastIndex(text, "\u200c")+len("\u200c"):]
	return utf8.RuneCountInString(last) >= 2 && surnameSuffixes.has(persianKey(last))
}

func surnameStemAt(ts []token, i int) bool {
	return i > 0 && i+1 < len(ts) && isGivenToken(ts[i-1]) && ts[i+1].sent == ts[i].sent && surnameOnlyEndings[ts[i+1].key]
}

// nisbaCompound reports a word of two parts joined by a non-joiner, the
// first a nisba of four letters or more (میانرودی‌فر، میبدی‌زاده): a
// surname that starts like a verb, where a verb's non-joiner follows its
// prefix (می‌رود).
func nisbaCompound(text string) bool {
	first, rest, ok := strings.Cut(text, "\u200c")
	return ok && utf8.RuneCountInString(first) >= 4 && strings.HasSuffix(first, "ی") && utf8.RuneCountInString(rest) >= 2
}

// isCityNisba reports a listed city's name with the «ی» of origin, a
// surname that may start like a verb (میبدی، میانجی، مینابی), also with a
// surname's ending glued on (میبدی‌پور، میانجی‌نژاد).
func isCityNisba(key string) bool {
	if stem, ok := strings.CutSuffix(key, "ی"); ok && cities.has(stem) {
		return true
	}
	for suf := range surnameSuffixes.keys {
		if stem, ok := strings.CutSuffix(key, suf); ok && len(stem) > len(suf) {
			if s, ok := strings.CutSuffix(stem, "ی"); ok && cities.has(s) {
				return true
			}
		}
	}
	return false
}

// afterGivenOrTitle reports a token right after a given name or a strong
// title (مهندس، آقای، سردار; not سید or امام), where a surname stands.
func (a *analysis) afterGivenOrTitle(i int) bool {
	if i == 0 {
		return false
	}
	p := a.toks[i-1]
	if isGivenToken(p) || i >= 2 && r25eAllahApartAt(a.toks, i-2) {
		return true // also «کرامت الله X»: the given name typed apart
	}
	return !p.punct && !weakTitles.has(p.key) && (a.cache.isTitleWord(p.text) || extraTitles.has(p.key))
}

// isGivenToken reports a token that is a given name by itself.
func isGivenToken(t token) bool {
	return !t.punct && (givenNames.has(t.key) || isCompoundGiven(t.key))
}

// isNameWordCheap reports a token that could go on a name, without the
// lexicon look-ups: no stop word, verb, punctuation or digit.
func (a *analysis) isNameWordCheap(i int) bool {
	t := a.toks[i]
	return !t.punct && !t.digit && !stopWords.has(t.key) && !lightVerbs.has(t.key) && !isVerbLike(t.key) && roleWordsAt(a.toks, i) == 0
}

func roleWordsAt(ts []token, i int) int {
	n, _ := roleWords.at(ts, i)
	return n
}

// givenAt returns how many tokens from i form a given name: one listed
// name, two in a row (محمد کاظم، علی اکبر), or one with «سید» glued on.
func (a *analysis) givenAt(i int) int {
	ts := a.toks
	if i >= len(ts) || ts[i].punct || a.covered(i) {
		return 0
	}
	n, _ := givenNames.at(ts, i)
	if n > 1 && (allStopWords(ts[i:i+n]) || hasAndToken(ts[i:i+n]) || stopWords.has(ts[i].key)) {
		n = 0 // «این از»، «شن و»، «به نام»: words that fold like «آیناز»، «شنو»، «بهنام»
	}
	if n == 0 && (isCompoundGiven(ts[i].key) || a.commonWordGivenAt(i)) {
		n = 1
	}
	if n <= 1 && r25eAllahApartAt(ts, i) {
		n = 2 // «ولی الله»، «روح الله»: a given name in «الله» typed apart
	}
	if n == 0 || n == 1 && a.monthOfDate(i) {
		return 0
	}
	// «کاوه نیکو هشدار داد»: the noun of a compound verb after a second
	// given name is no surname; the second given name is.
	if m, _ := givenNames.at(ts, i+n); m > 0 && a.isNameWord(i+n+m) && !startsCompoundVerb(ts, i+n+m) && !r25eSurnameEndingAt(ts, i+n, m) {
		n += m // «محمد کاظم آبنوسی نژاد»: two given names, then the surname
	}
	return n
}

// hasAndToken reports a «و» among tokens: a given name is never typed as
// a word and «و» apart.
func hasAndToken(ts []token) bool {
	for _, t := range ts {
		if t.key == keyAnd {
			return true
		}
	}
	return false
}

// allStopWords reports tokens that are all stop words: a listed name
// matched across them is words of the sentence folded together.
func allStopWords(ts []token) bool {
	for _, t := range ts {
		if !stopWords.has(t.key) {
			return false
		}
	}
	return true
}

// commonGivenNames are the given names that are also common words.
var commonGivenNames = loadPhrases("common_given_names.txt")

// commonWordGivenAt reports a given name that is also a common word at i
// where it names a person: right after a title (مهندس امید X) or before
// a surname with a surname's ending (امید صالحی‌پور).
func (a *analysis) commonWordGivenAt(i int) bool {
	ts := a.toks
	if !commonGivenNames.has(ts[i].key) || i+1 >= len(ts) || ts[i+1].punct || ts[i+1].sent != ts[i].sent {
		return false
	}
	if a.titleEndsAt(i) {
		return true
	}
	if i > 0 && ts[i-1].sent == ts[i].sent && demonstratives[ts[i-1].key] {
		// «در این آیین کامرانی گفت»: after a demonstrative the word is
		// the common noun.
		return false
	}
	if givenNames.has(ts[i+1].key) || !a.isNameWord(i+1) {
		return false
	}
	s := a.text(i+1, a.groupEnd(i+1))
	if stopWords.has(ts[i].key) {
		return a.r23cInPostApposition(i) // «ولی» is a conjunction elsewhere
	}
	return hasSurnameEnding(s) || r24cJoinedSuffix(s) || compoundSurname(s) || originCompoundSurname(s) || r22cThreePartSurname(s) || a.r23cInPostApposition(i) || a.r23eCommonGivenBeforePost(i) || a.r24bCommonGivenAppointee(i)
}

// compoundSurname reports a surname of two words joined by a non-joiner,
// the first with the «ی» of origin (کاظمی‌رستاق، نوری‌زرینه): a shape of
// surnames, not of common nouns.
func compoundSurname(s string) bool {
	first, rest, ok := strings.Cut(s, "\u200c")
	if !ok || strings.ContainsAny(rest, "\u200c ") {
		return false
	}
	return utf8.RuneCountInString(first) >= 4 && strings.HasSuffix(first, "ی") && utf8.RuneCountInString(rest) >= 3
}

// titleEndsAt reports a title or rank that ends right before token i.
func (a *analysis) titleEndsAt(i int) bool {
	for b := max(0, i-maxTitleTokens); b < i; b++ {
		if n := a.titleAt(b); n == i-b {
			return true
		}
	}
	return false
}

// demonstratives stand before a common noun, never before a person's
// given name.
var demonstratives = keySet("این", "آن", "همین", "همان", "هر", "چنین", "چنان")

// monthSpanWords are the nouns of a part of a month that stand before the
// month's name (پایان آذر، اواسط بهمن): no person is named after them.
var monthSpanWords = keySet("پایان", "اوایل", "اواسط", "اواخر", "ابتدای", "نیمه", "انتهای")

// monthOfDate reports a month's name that is also a given name (بهمن،
// آذر) at i right after a day's number (۱۵ آذر، ششم بهمن): a date, not
// a person.
func (a *analysis) monthOfDate(i int) bool {
	ts := a.toks
	if !dateCues.has(ts[i].key) || i == 0 || ts[i-1].punct {
		return false
	}
	if ts[i-1].digit || monthSpanWords[ts[i-1].key] || ts[i-1].key == keyUntil {
		return true // «۱۵ آذر»، «تا پایان آذر»، «اواخر بهمن»
	}
	if a.titleEndsAt(i) {
		return false // «سرهنگ دوم بهمن X»: the number is the rank's
	}
	_, _, _, ok := persian.NumberAt([]string{ts[i-1].text}, 0)
	return ok
}

// isCompoundGiven reports a given name written glued to «سید» or to a
// second given name (امیررضا، محمدحسین، علی‌اکبر، سیدمهدی، سیدمحمدرضا):
// Persian compounds given names freely, so the list cannot hold them all.
func isCompoundGiven(key string) bool {
	return isListedCompound(key) || isProductiveGiven(key)
}

// isListedCompound reports a given name glued of listed given names, or
// of one with «سید» or «میر» before it (سیدمهدی، میرحسن، محمدحسین).
func isListedCompound(key string) bool {
	for _, p := range [...]string{keySayyid, keyMir} {
		if rest, ok := strings.CutPrefix(key, p); ok && rest != "" {
			if givenNames.has(rest) || isGivenPair(rest) {
				return true
			}
		}
	}
	return isGivenPair(key)
}

// isProductiveGiven reports a given name of a productive pattern.
func isProductiveGiven(key string) bool {
	// «...الدین»، «...الله» and «عبدال...» names are productive:
	// جمال‌الدین، صدرالدین، کرامت‌الله، عبدالرسول، عبدالستار. The words
	// glued to «الله» in expressions and titles (آیت‌الله، حزب‌الله،
	// ان‌شاءالله) are no names.
	// The Turkmen «...بردی» after a listed name (رحمان‌بردی، نیازبردی);
	// not after another word (کاربردی، راهبردی).
	if r25cTurkmenGiven(key) {
		return true // «قربان‌دردی»، «آنه‌گلدی»
	}
	if stem, ok := strings.CutSuffix(key, keyBerdi); ok && givenNames.has(stem) {
		return true
	}
	n := utf8.RuneCountInString(key)
	if strings.HasSuffix(key, keyAllah) && n >= 6 {
		return !notAllahNames[strings.TrimSuffix(key, keyAllah)]
	}
	return strings.HasSuffix(key, keyDin) && n >= 7 || strings.HasPrefix(key, keyAbdol) && n >= 7
}

var (
	keyDin   = persian.Squash("الدین")
	keyAbdol = persian.Squash("عبدال")
	keyAllah = persian.Squash("الله")
	keyMir   = persian.Squash("میر")
	keyBerdi = persian.Squash("بردی")
	keyAbad  = persian.Squash("آباد")
	// notAllahNames are the words glued to «الله» in titles and fixed
	// expressions, not in given names.
	notAllahNames = keySet("آیت", "حزب", "انشاء", "انشا", "ان شاء", "بسم", "سبحان", "الحمد", "لا اله الا", "ثار", "بقیه", "جند", "ولی امر", "نصر من", "رسول")
)

// isGivenPair reports a key that is two listed given names glued, each of
// at least two letters.
func isGivenPair(key string) bool {
	for i := range key {
		if i == 0 {
			continue
		}
		first, second := key[:i], key[i:]
		if utf8.RuneCountInString(first) >= 2 && utf8.RuneCountInString(second) >= 2 &&
			givenNames.has(first) && givenNames.has(second) {
			return true
		}
	}
	return false
}

// surnameAt returns how many tokens from i form a surname: a name word,
// the endings written apart from it (تابش نیا), and one more such group
// when a clear end follows it (کاوه نیکپی تفرشی، ...).
func (a *analysis) surnameAt(i int) int {
	ts := a.toks
	j := i
	if a.surnameTitleAt(i) && i+1 < len(ts) && a.isNameWord(i+1) && !givenNames.has(ts[i+1].key) {
		j = i + 1 // «حاجی بابایی»، «میرزا ابوالحسنی»: a title word opens the surname
	} else if a.commonWordSurnameAt(i) {
		return 1
	} else if k, ok := a.r24eHeadSurnameAt(i); ok {
		return k - i // «کاوه کلانتری رامسری، …»: a body's head as a surname's first part
	} else if k, ok := a.r24eCityFirstPart(i); ok {
		return k - i // «کاوه رودبار کلاتی، …»: a city's name as a surname's first part
	} else if k, ok := a.r25eCommonFirstPart(i); ok {
		return k - i // «کاوه زمانی سرابله، مدیر …» on a page typed without the non-joiner
	} else if a.r25eStemBeforeEnding(i) {
		// «کاوه ولی نیا»: a given name or a word of the sentence typed apart from its surname ending
	} else if k, ok := a.r25cCityPairSurname(i); ok {
		return k - i // «نسرین کاشان اردستانی، …»: two towns' names as a surname's parts
	} else if a.r25cSuffixedStopWord(i) {
		// «ولی نیا»: a stop word with a surname's ending typed apart
	} else if !a.isNameWord(i) || ts[i].key == keyAbad {
		return 0 // «حسن آباد» is a village: «آباد» ends a surname, never starts one
	}
	j = a.groupEnd(j)
	if j < len(ts) && ts[j].sent == ts[i].sent && givenNames.has(ts[j].key) && j > i && a.secondGivenSurnameAt(j) {
		// «مهدی کریمی جلال فرماندار …»: a given name right before a post,
		// with no surname of its own, is the surname's second word.
		j++
	} else if j < len(ts) && ts[j].sent == ts[i].sent && !givenNames.has(ts[j].key) {
		switch {
		case a.isNameWord(j):
			// A second word: before a clear end, or before a word that
			// goes on no name when it has a surname's «ی» ending (موسوی
			// جزایری سخن گفت), not the «ای» of a noun (جلسه‌ای) nor the
			// noun of a compound verb (سخنرانی کرد).
			if k := a.groupEnd(j); (a.hardEnd(k) || a.nameEndsAt(k) && isNisba(a.toks[k-1].key) && !startsCompoundVerb(ts, k-1)) && !a.r17bVerbEndsSentence(j, k) {
				j = k
				if k, ok := a.r25eSpacedThirdGiven(i, j); ok {
					j = k // «کاوه قره چمنی آذر صبح امروز …» on a page typed without the non-joiner
				}
			} else if k, ok := a.r23eSpacedSurnameEnd(i, j); ok {
				j = k
			} else if k, ok := a.r24eSecondPartBeforeStop(i, j); ok {
				j = k
			} else if k, ok := a.r24eSpacedSecondPart(i, a.groupEnd(j)); ok {
				j = k // «کاوه تهرانی رودبار، …»: a place's name as the third part
			} else if k, ok := a.r25eSecondPartBeforeClause(i, j); ok {
				j = k // «کاوه رستمیار سرابله به عنوان …»، «… سپرده شد»
			}
		case a.surnameTitleAt(j) && a.nameEndsAt(j+1):
			j++ // «آل آقا»: a title word closes the surname
		case a.citySurnameBeforeTitle(j):
			j++ // «مهندس نادر امینی بروجن به عنوان …»: a place's name as the surname's second word
		default:
			if k, ok := a.r24eSpacedSecondPart(i, j); ok {
				j = k
			} else if k, ok := a.r25eCommonSecondPart(i, j); ok {
				j = k // «کاوه رهنمای غرب فرماندار …» on a page typed without the non-joiner
			} else if k, ok := a.r25eMiddleStemAt(j); ok {
				j = k // «کاوه لطف الهی زاده»: a common word and a surname ending as the second part
			} else if k, ok := a.r25cBylineCity(i, j); ok {
				j = k // «عکس: کاوه نیکپی رودبار»
			}
		}
	} else if k, ok := a.r24eSpacedSecondPart(i, j); ok && j > i {
		j = k // «… تهرانی مهرداد، مدیر …»: a given name as the surname's second word
	}
	return j - i
}

// citySurnameBeforeTitle reports a one-word city at j, right after a
// surname and right before «به عنوان/به سمت»: the surname's second word
// (… و مهندس نادر امینی بروجن به عنوان عضو …), as no body or place is
// told between a name and the post it is given.
func (a *analysis) citySurnameBeforeTitle(j int) bool {
	ts := a.toks
	if j+1 >= len(ts) || ts[j+1].sent != ts[j].sent || ts[j+1].key == keyIn || asTitleAt(ts, j+1) < 0 || a.covered(j) {
		return false
	}
	n, _ := cities.at(ts, j)
	return n == 1
}

// secondGivenSurnameAt reports a given name at j, right after a surname,
// that is the surname's second word: one word that is followed at once by
// a post (… طاهری جلال بخشدار …), where a given name alone names no one.
func (a *analysis) secondGivenSurnameAt(j int) bool {
	ts := a.toks
	if j+1 >= len(ts) || ts[j+1].sent != ts[j].sent || a.givenAt(j) != 1 || a.covered(j) {
		return false
	}
	n, _ := roleWords.at(ts, j+1)
	return n > 0
}

// commonWordSurnameAt reports a common word that is a surname at i: right
// after a given name and set off before a post («سعید بزرگ، مدیرکل ...»).
func (a *analysis) commonWordSurnameAt(i int) bool {
	ts := a.toks
	if i == 0 || i+2 >= len(ts) || !commonWords.has(ts[i].key) || !isGivenToken(ts[i-1]) || a.covered(i) ||
		ts[i+1].text != "،" || ts[i+2].sent != ts[i].sent || utf8.RuneCountInString(ts[i].key) < 3 {
		return false
	}
	return roleWordsAt(ts, i+2) > 0
}

// nameEndsAt reports a token that ends a name: a clear end, a stop word
// or any word that is no name word.
func (a *analysis) nameEndsAt(k int) bool {
	return a.hardEndOrStop(k) || !a.isNameWord(k) && a.givenAt(k) == 0
}

// isNisba reports a word with the «ی» ending of surnames made from places
// and ancestors (جزایری، هاشمی), not the «ای» of a noun (جلسه‌ای).
func isNisba(key string) bool {
	return strings.HasSuffix(key, "ی") && !strings.HasSuffix(key, "ای") && utf8.RuneCountInString(key) >= 4
}

// surnameTitles are title words that are also words of surnames (حاجی
// بابایی، آل آقا، میرزا ابوالحسنی).
var surnameTitles = keySet("حاجی", "حاج", "آقا", "میرزا", "شیخ", "ملا", "امیر")

// surnameTitleAt reports a surname-forming title word at i.
func (a *analysis) surnameTitleAt(i int) bool {
	return i < len(a.toks) && !a.toks[i].punct && surnameTitles[a.toks[i].key]
}

// groupEnd returns the end of the name word at i with its detached endings.
func (a *analysis) groupEnd(i int) int {
	j := i + 1
	for j < len(a.toks) && !a.toks[j].punct && a.toks[j].sent == a.toks[i].sent && (surnameSuffixes.has(a.toks[j].key) || a.detachedEiAt(j)) {
		j++
	}
	return j
}

var keyEi = persianKey("ای")

// detachedEiAt reports «ای» at j typed apart from a name word ending in
// «ه» before it: «قلعه ای» is «قلعه‌ای», one word of a surname.
func (a *analysis) detachedEiAt(j int) bool {
	return j > 0 && a.toks[j].key == keyEi && strings.HasSuffix(a.toks[j-1].key, "ه")
}

// hardEnd reports whether token k clearly ends a name: a punctuation mark,
// a role, a title, «و», or the end of the text.
func (a *analysis) hardEnd(k int) bool {
	ts := a.toks
	if k >= len(ts) || ts[k].punct || ts[k].key == keyAnd || ts[k].sent != ts[k-1].sent {
		return true
	}
	if n, _ := roleWords.at(ts, k); n > 0 {
		return true
	}
	return a.titleAt(k) > 0 || r23eNameEndWords[ts[k].key]
}

// personAt reads a person's mention starting at token i: titles, then a
// given name and surname, or after a title a surname alone.
func (a *analysis) personAt(i int) (personMention, bool) {
	ts := a.toks
	m := personMention{start: i}
	j := i
	strong := false
	for {
		n := a.titleAt(j)
		if n == 0 {
			break
		}
		t := persian.Normalize(a.text(j, j+n))
		m.titles = append(m.titles, t)
		if !(n == 1 && weakTitles.has(ts[j].key)) {
			strong = true
		}
		j += n
	}
	if j < len(ts) && strings.HasPrefix(ts[j].key, keySayyid) && ts[j].key != keySayyid && a.givenAt(j) > 0 &&
		!givenNames.has(ts[j].key) {
		m.titles = append(m.titles, "سید")
	}
	m.nameStart = j
	g := 0
	if j < len(ts) && !ts[j].punct && !a.covered(j) {
		// Before the given names: «سردارعزیزالله» is a rank glued to a
		// name of a productive pattern, not one given name.
		if rank, ok := gluedRank(ts[j].key); ok {
			m.titles = append(m.titles, rank)
			m.glued = rank
			g = 1
		}
	}
	if g == 0 {
		g = a.givenAt(j)
	}
	if g > 0 {
		m.given = true
		if s := a.surnameAt(j + g); s > 0 {
			m.end = j + g + s
			m.surname = a.keyOf(j+g, m.end)
		} else if len(m.titles) > 0 && a.hardEndOrStop(j+g) {
			m.end = j + g // «امام علی (ع)»
		} else {
			return m, false
		}
	} else if len(m.titles) > 0 {
		s := a.surnameAt(j)
		if s == 0 {
			return m, false
		}
		if !strong && !(a.hardEndOrStop(j+s) && ts[j-1].key == keyMartyr) {
			return m, false // a weak title alone needs a given name, save «شهید X»
		}
		m.end = j + s
	} else {
		return m, false
	}
	m.name = a.mentionName(m)
	return m, m.name != ""
}

// mentionName is the name of mention m as written, without its titles
// and a rank glued to it.
func (a *analysis) mentionName(m personMention) string {
	name := a.personName(m.nameStart, m.end)
	if m.glued != "" {
		name = cutGluedRank(name, m.glued)
	}
	return name
}

// gluedRanks are the ranks and honorifics typed glued to a given name.
var gluedRanks = loadPhrases("glued_ranks.txt")

// gluedRank reports a token that is a rank glued to a given name
// («سردارمحمد»), and the rank as listed. A listed given name that starts
// like a rank (امیرحسین، حاجعلی) is a name, not a rank and a name.
func gluedRank(key string) (string, bool) {
	if len(key) < 12 { // six Persian letters
		return "", false
	}
	best := ""
	for rk, rank := range gluedRanks.keys {
		if rest, ok := strings.CutPrefix(key, rk); ok && len(rank) > len(best) && utf8.RuneCountInString(rest) >= 2 &&
			(givenNames.has(rest) || isCompoundGiven(rest)) {
			best = rank
		}
	}
	if best == "" || givenNames.has(key) || isListedCompound(key) {
		return "", false
	}
	return best, true
}

// cutGluedRank drops a glued rank from the start of a name as written:
// «سردارمحمد کیانی» gives «محمد کیانی».
func cutGluedRank(name, rank string) string {
	want := persian.Squash(rank)
	for i := range name {
		if i > 0 && persian.Squash(name[:i]) == want {
			return strings.TrimLeft(name[i:], "\u200c ")
		}
	}
	return name
}

// hardEndOrStop is hardEnd or a stop word.
func (a *analysis) hardEndOrStop(k int) bool {
	return a.hardEnd(k) || k < len(a.toks) && stopWords.has(a.toks[k].key)
}

// personName is the name between tokens i and j without titles, with a
// glued «سید» taken off.
func (a *analysis) personName(i, j int) string {
	bare, _ := persian.SplitTitles(a.text(i, j))
	return strings.Trim(bare, "\u200c ") // «سرهنگ‌علی ...»: the non-joiner after a title
}

// findPersons finds persons by their titles and given names, then persons
// named only in apposition to a role (آبنوسی‌زاده، فرمانده ...) and speakers
// named by a surname at the start of a sentence (گلریزان‌پور همچنین ... گفت).
func (a *analysis) findPersons() {
	ts := a.toks
	for i := 0; i < len(ts); i++ {
		if ts[i].punct || a.covered(i) {
			continue
		}
		if m, ok := a.personAt(i); ok {
			if a.datelineOutletAt(m) || a.r18CDeskDateline(m) {
				i = m.end - 1
				continue
			}
			if a.r21cInsideCityName(i) {
				continue
			}
			a.addPerson(m)
			i = m.end - 1
		}
	}
	for i := 0; i < len(ts); i++ {
		if a.personCover[i] || !a.isNameWord(i) || !a.boundaryBefore(i) {
			continue
		}
		if m, ok := a.appositionPersonAt(i); ok {
			a.addPerson(m)
			i = m.end - 1
			continue
		}
		if m, ok := a.speakerAt(i); ok {
			a.addPerson(m)
			i = m.end - 1
		}
	}
	a.joinRepeatedSurnames()
	a.titlesBeforeKnownSurnames()
	a.dropNamesakes()
	a.dropUnitNamesakes()
	a.joinSurnameMentions()
	sortPersons(a.persons)
}

// datelineOutletAt reports a name with no title between the dashes of a
// dateline that opens its line, «PLACE- X Y- ...»: an outlet's name
// («کرمان- سحر کویر-»), not a person.
func (a *analysis) datelineOutletAt(m personMention) bool {
	ts := a.toks
	if len(m.titles) > 0 || m.start < 2 || m.end >= len(ts) || ts[m.end].text != "-" || ts[m.start-1].text != "-" {
		return false
	}
	first := a.firstTokenOfSentence(ts[m.start].sent)
	if first < 0 || first >= m.start-1 {
		return false
	}
	pn, _ := placeAt(ts, first)
	return pn > 0 && first+pn == m.start-1
}

// joinSurnameMentions reads a mention of two words or more that is the
// whole surname of another person of the article, told after that one's
// given name («سعید حسن زاده کرمانی ... حسن زاده گفت»), as that person:
// the surname's first word is a given name too, not the speaker's.
func (a *analysis) joinSurnameMentions() {
	for pi := range a.persons {
		p := &a.persons[pi]
		if len(p.titles) > 0 || !strings.Contains(p.name, " ") {
			continue
		}
		for _, q := range a.persons {
			if q.start == p.start || !q.given || !strings.Contains(q.name, " "+p.name) {
				continue
			}
			if rest := strings.SplitN(q.name, " ", 2); len(rest) == 2 && (rest[1] == p.name || strings.HasPrefix(rest[1], p.name+" ")) {
				p.name, p.given, p.surname = q.name, q.given, q.surname
				break
			}
		}
	}
}

// forceUnitHeads are the heads of numbered military and police units,
// which are often named after a historical figure: «تیپ ۱۱۰ سلمان
// فارسی»، «لشکر ۱۷ علی‌بن‌ابیطالب».
var forceUnitHeads = keySet("تیپ", "لشکر", "گردان", "هنگ", "قرارگاه", "پایگاه", "ناوگروه", "ناوتیپ", "ناوگان", "یگان", "گروهان")

// dropUnitNamesakes reads a name with no title written right after a
// numbered unit («تیپ ۱۱۰ مستقل سلمان فارسی») as the unit's name, when
// the article names it so at least twice and never otherwise: the unit
// is named after the figure, who is no person of the report. A name told
// once after a unit («فرمانده لشکر ۱۶ زرهی کامران نیک‌فر گفت») is the
// holder's. The unit's body goes on to the end of the name.
func (a *analysis) dropUnitNamesakes() {
	inUnit := map[string]int{}
	outside := map[string]bool{}
	for _, p := range a.persons {
		if a.unitBefore(p) != nil {
			inUnit[p.name]++
		} else {
			outside[p.name] = true
		}
	}
	kept := a.persons[:0]
	for _, p := range a.persons {
		o := a.unitBefore(p)
		if inUnit[p.name] < 2 || outside[p.name] || o == nil {
			kept = append(kept, p)
			continue
		}
		for k := p.start; k < p.end; k++ {
			a.personCover[k] = false
			a.orgCover[k] = true
		}
		o.end = p.end
		o.name = a.text(o.start, o.end)
	}
	a.persons = kept
}

// namesakeFacilityHeads head facilities often named after a figure, with
// no number: «بیمارستان X»، «مرکز آموزشی درمانی X»، «دبیرستان X».
var namesakeFacilityHeads = keySet("بیمارستان", "مرکز", "درمانگاه", "مدرسه", "دبیرستان", "هنرستان", "ورزشگاه", "کتابخانه", "مسجد")

// unitBefore returns the numbered unit's body ending right before p, when
// p has no title, else nil.
func (a *analysis) unitBefore(p personMention) *orgMention {
	if p.start != p.nameStart || p.start == 0 {
		return nil
	}
	o := a.orgCovering(p.start - 1)
	if o == nil || o.end != p.start {
		return nil
	}
	if namesakeFacilityHeads[persianKey(o.head)] {
		return o // «بیمارستان X»، «مرکز آموزشی درمانی X»: named after X
	}
	if !forceUnitHeads[persianKey(o.head)] {
		return nil
	}
	for k := o.start; k < o.end; k++ {
		if a.toks[k].digit {
			return o
		}
	}
	return nil
}

// titlesBeforeKnownSurnames reads a given name that is also a title
// (امیر) before the surname of another person of the article, named with
// another given name, as the title: «امیر سرتیپ کامران نیک‌فر ... امیر
// نیک‌فر گفت» names one person, not a second «امیر نیک‌فر».
func (a *analysis) titlesBeforeKnownSurnames() {
	ts := a.toks
	given := map[string]string{} // surname → the first given name seen with it
	titled := map[string]bool{}  // surname + title word: a holder of it titled with the word
	for _, p := range a.persons {
		if p.given && p.surname != "" && given[p.surname] == "" {
			given[p.surname] = ts[p.nameStart].key
		}
		for _, t := range p.titles {
			if w := persian.Words(t); len(w) > 0 && p.surname != "" {
				titled[p.surname+"|"+persianKey(w[0])] = true
			}
		}
	}
	for pi := range a.persons {
		p := &a.persons[pi]
		first := ts[p.nameStart]
		if !p.given || p.surname == "" || p.glued != "" || !weakTitles.has(first.key) {
			continue
		}
		// The other person of the surname bears the title itself («امیر
		// سرتیپ Y X»): two persons of one surname (امیر حسینی، علی حسینی)
		// stay two.
		if g := given[p.surname]; g == "" || g == first.key || !titled[p.surname+"|"+first.key] {
			continue
		}
		p.titles = append(p.titles, persian.Normalize(first.text))
		p.nameStart++
		p.given, p.surname = false, ""
		p.name = a.mentionName(*p)
	}
}

// surnamePair is a name's last word and the word group written after it.
type surnamePair struct{ last, next string }

// repeatedPairEnd returns the end of the word group at e that may be the
// second word of a surname ending at e-1 (a name word or a one-word city:
// «حسینی سی‌سخت»، «مرادی آزاد»), and whether there is one.
func (a *analysis) repeatedPairEnd(e int) (int, bool) {
	ts := a.toks
	if e <= 0 || e >= len(ts) || ts[e].punct || ts[e].sent != ts[e-1].sent || a.personCover[e] || a.covered(e) ||
		givenNames.has(ts[e].key) || a.givenAt(e) > 0 {
		return 0, false
	}
	if !a.isNameWord(e) {
		if n, _ := cities.at(ts, e); n != 1 {
			return 0, false
		}
	}
	f := a.groupEnd(e)
	return f, a.nameEndsAt(f)
}

// joinRepeatedSurnames reads surnames of two words written apart
// («کامران نیک‌فر اصل به عنوان ...» and later «نیک‌فر اصل که ...»): a
// word after a name that the article writes after that name's last word
// again, elsewhere, is the surname's second word, in every mention.
func (a *analysis) joinRepeatedSurnames() {
	ts := a.toks
	cands := map[surnamePair]bool{}
	lasts := map[string]bool{}
	for _, p := range a.persons {
		if f, ok := a.repeatedPairEnd(p.end); ok {
			cands[surnamePair{ts[p.end-1].key, a.keyOf(p.end, f)}] = true
			lasts[ts[p.end-1].key] = true
		}
	}
	if len(cands) == 0 {
		return
	}
	seen := map[surnamePair]int{}
	for i := 0; i+1 < len(ts); i++ {
		if !lasts[ts[i].key] || ts[i+1].punct || ts[i+1].sent != ts[i].sent {
			continue
		}
		if pr := (surnamePair{ts[i].key, a.keyOf(i+1, a.groupEnd(i+1))}); cands[pr] {
			seen[pr]++
		}
	}
	for pi := range a.persons {
		p := &a.persons[pi]
		f, ok := a.repeatedPairEnd(p.end)
		if !ok || seen[surnamePair{ts[p.end-1].key, a.keyOf(p.end, f)}] < 2 {
			continue
		}
		if p.surname != "" {
			p.surname += a.keyOf(p.end, f)
		}
		for k := p.end; k < f; k++ {
			a.personCover[k] = true
		}
		p.end = f
		p.name = a.mentionName(*p)
	}
}

// streetWords name a street or a square, named after someone even with
// no «شهید» before the name.
var streetWords = keySet("خیابان", "میدان", "بلوار", "بزرگراه", "اتوبان", "کوچه", "چهارراه")

// namesakeVenues are the halls and places named after a martyr.
var namesakeVenues = loadPhrases("namesake_venues.txt")

// dropNamesakes reads «HEAD شهید NAME» (بیمارستان شهید دکتر X، سالن
// شهید X): the martyr's name names the body or the place, so it is no
// person of the report, and a body whose name stops at «شهید» or at the
// titles after it goes on to the end of that name.
func (a *analysis) dropNamesakes() {
	ts := a.toks
	kept := a.persons[:0]
	for _, p := range a.persons {
		if a.holyHonorificAfter(p.end) && (a.venueEndsAt(p.start) || a.holyTitleBefore(p) || a.holyTitleOpens(p)) {
			// «میدان امام رضا(ع)»، «خیابان حضرت زهرا(س)»، «بیمارستان‌های
			// امام علی (ع) و X»: a holy figure naming a place, no person of
			// the report.
			for k := p.start; k < p.end; k++ {
				a.personCover[k] = false
			}
			continue
		}
		if len(p.titles) == 0 && p.start > 0 && streetWords[ts[p.start-1].key] && ts[p.start-1].sent == ts[p.start].sent {
			// «میدان کاوه نیکوپور»، «خیابان X»: a street named after
			// someone, told without «شهید».
			for k := p.start; k < p.end; k++ {
				a.personCover[k] = false
			}
			continue
		}
		mart := -1
		for k := p.start; k >= 0 && k >= p.start-1 && k < p.nameStart; k-- {
			if ts[k].key == keyMartyr {
				mart = k
				break
			}
		}
		if mart < 1 || ts[mart-1].sent != ts[mart].sent {
			kept = append(kept, p)
			continue
		}
		o := a.orgCovering(mart - 1)
		venue := false
		for b := max(0, mart-3); b < mart; b++ {
			if n, _ := namesakeVenues.at(ts, b); b+n == mart {
				venue = true
			}
		}
		// «مدرسه ۱۲ کلاسه شهید X»، «مدرسه دخترانه شهید X»: a few plain
		// words or a number may describe the venue before «شهید».
		for b := max(0, mart-4); b < mart-1 && !venue; b++ {
			if n, _ := namesakeVenues.at(ts, b); n > 0 && b+n < mart && a.plainRun(b+n, mart) {
				venue = true
			}
		}
		if o == nil && !venue {
			kept = append(kept, p)
			continue
		}
		for k := p.start; k < p.end; k++ {
			a.personCover[k] = false
		}
		if o != nil && (o.end == mart+1 || o.end == p.start) {
			for k := o.end; k < p.end; k++ {
				a.orgCover[k] = true
			}
			o.end = p.end
			o.name = a.text(o.start, o.end)
		}
	}
	a.persons = kept
}

// holyHonorificAfter reports «(ع)»، «(س)»، «(ص)» or «(عج)» at k, written
// after the names of the Prophet's house.
func (a *analysis) holyHonorificAfter(k int) bool {
	ts := a.toks
	if k+2 >= len(ts) || ts[k].text != "(" || ts[k+2].text != ")" {
		return false
	}
	switch ts[k+1].text {
	case "ع", "س", "ص", "عج":
		return true
	}
	return false
}

// venueEndsAt reports a place or hall named after someone (namesake
// venues) ending right before k.
func (a *analysis) venueEndsAt(k int) bool {
	for b := max(0, k-3); b < k; b++ {
		if n, _ := namesakeVenues.at(a.toks, b); n > 0 && b+n == k {
			return true
		}
	}
	return false
}

// plainRun reports tokens i to j-1 as plain words or numbers of one
// sentence: no mark, name, stop word or body.
func (a *analysis) plainRun(i, j int) bool {
	ts := a.toks
	for k := i; k < j; k++ {
		if ts[k].punct || a.personCover[k] || ts[k].sent != ts[i].sent || stopWords.has(ts[k].key) {
			return false
		}
	}
	return true
}

func (a *analysis) addPerson(m personMention) {
	a.persons = append(a.persons, m)
	for k := m.start; k < m.end; k++ {
		a.personCover[k] = true
	}
}

// boundaryBefore reports whether a name may start at token i: at a
// sentence start, after a punctuation mark, «و», «حضور» or «حکم».
func (a *analysis) boundaryBefore(i int) bool {
	ts := a.toks
	if i == 0 || ts[i-1].sent != ts[i].sent || ts[i-1].punct {
		return true
	}
	k := ts[i-1].key
	return k == keyAnd || k == keyPresence || k == keyDecree || a.r23aListItemStart(i)
}

// appositionPersonAt reads «NAME، ROLE ...» where NAME has no listed given
// name: one or two name words right before a role.
func (a *analysis) appositionPersonAt(i int) (personMention, bool) {
	ts := a.toks
	// «آموزش و پرورش»، «وزیر راه و شهرسازی، استاندار و ...»: a word of a
	// head noun, a known body or a fixed pair is no name.
	for _, set := range []*phraseSet{headNouns, knownBodies, binomials} {
		for b := i - 2; b < i; b++ {
			if b >= 0 {
				if n, _ := set.at(ts, b); b+n > i {
					return personMention{}, false
				}
			}
		}
	}
	if r23cInPlaceName(ts, i) {
		return personMention{}, false
	}
	// «معاون سیاسی و امنیتی استاندار»: the post's own words joined by «و».
	if i >= 3 && ts[i-1].key == keyAnd && !ts[i-2].punct && !a.personCover[i-2] &&
		strings.HasSuffix(ts[i-2].key, "ی") && roleWordsAt(ts, i-3) > 0 || r24cPairFieldOfPost(ts, i) {
		return personMention{}, false
	}
	j := a.groupEnd(i)
	if a.isNameWord(j) && !a.personCover[j] {
		j = a.groupEnd(j)
	}
	k := j
	if k < len(ts) && (ts[k].text == "،" || ts[k].text == ",") {
		k++
	}
	// A role in the next line (a kicker «اقتصادی | بانک و بیمه» above a
	// title that opens with a post) follows no name.
	if k >= len(ts) || ts[k].sent != ts[i].sent {
		return personMention{}, false
	}
	if n, _ := roleWords.at(ts, k); n == 0 || !a.roleLeadsToBody(k) {
		return personMention{}, false
	}
	m := personMention{start: i, nameStart: i, end: j, name: a.personName(i, j)}
	return m, m.name != ""
}

// speakerAt reads a surname alone at the start of a sentence, followed by
// a word of speech, when it has a surname's ending (زاده، پور، نیا ...).
func (a *analysis) speakerAt(i int) (personMention, bool) {
	ts := a.toks
	if i > 0 && ts[i-1].sent == ts[i].sent {
		return personMention{}, false
	}
	j := a.groupEnd(i)
	if j >= len(ts) || !speechWords[ts[j].key] || !hasSurnameEnding(a.text(i, j)) {
		return personMention{}, false
	}
	m := personMention{start: i, nameStart: i, end: j, name: a.personName(i, j)}
	return m, m.name != ""
}

// keyOf is the key of tokens i to j (exclusive).
func (a *analysis) keyOf(i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		b.WriteString(a.toks[k].key)
	}
	return b.String()
}

// minSurnameRunes is the shortest surname taken alone as a mention.
const minSurnameRunes = 3

// articleSurnames returns the surnames that name one person of article a:
// of the persons named with a given name, the surname of exactly one, that
// no other person's name ends with. Each maps to that person's name key.
// A surname alone is tied to a full name in its own article only: another
// article of the same page may mean someone else by it, and ingestion then
// proposes the two to an editor rather than joining them.
func articleSurnames(a *analysis) map[string]string {
	owners := map[string]map[string]bool{}
	var keys []string
	for _, p := range a.persons {
		k := persian.NameKey(p.name)
		keys = append(keys, k)
		if p.surname == "" || utf8.RuneCountInString(p.surname) < minSurnameRunes || givenNames.has(p.surname) {
			continue
		}
		if owners[p.surname] == nil {
			owners[p.surname] = map[string]bool{}
		}
		owners[p.surname][k] = true
	}
	out := map[string]string{}
	for sur, ks := range owners {
		if len(ks) != 1 {
			continue
		}
		var owner string
		for k := range ks {
			owner = k
		}
		ends := 0
		seen := map[string]bool{}
		for _, k := range keys {
			if !seen[k] && k != sur && strings.HasSuffix(k, sur) {
				seen[k] = true
				ends++
			}
		}
		if ends == 1 {
			out[sur] = owner
		}
	}
	return out
}

// findSurnames finds persons named by their surname alone («تابشی» after
// «کاوه تابشی»), when the surname is one of the file's known ones.
func (a *analysis) findSurnames(surnames map[string]string) {
	if len(surnames) == 0 {
		return
	}
	ts := a.toks
	added := false
	for i := 0; i < len(ts); i++ {
		// «شیخ الاسلامی»، «حاجی بابایی»: a surname may open with a title word.
		if a.personCover[i] || !a.isNameWord(i) && !a.surnameTitleAt(i) && !a.r24bNisbaSurnameAt(i, surnames) && !a.r24cCitySurnameMention(i, surnames) || i > 0 && givenNames.has(ts[i-1].key) {
			continue
		}
		j := a.groupEnd(i)
		if j < len(ts) && a.isNameWord(j) && !a.personCover[j] {
			if _, ok := surnames[a.keyOf(i, a.groupEnd(j))]; ok {
				j = a.groupEnd(j) // a surname of two words (نیکپی تفرشی)
			}
		}
		if _, ok := surnames[a.keyOf(i, j)]; !ok {
			continue
		}
		if j < len(ts) && a.personCover[j] {
			continue
		}
		name := a.personName(i, j)
		if a.surnameTitleAt(i) {
			name = a.text(i, j) // «شیخ الاسلامی»: the title word is the surname's
		}
		a.addPerson(personMention{start: i, nameStart: i, end: j, name: name})
		added = true
		i = j - 1
	}
	if added {
		sortPersons(a.persons)
	}
}

// hasSurnameEnding reports names ending with a typical surname ending.
func hasSurnameEnding(s string) bool {
	k := persian.Squash(s)
	for suf := range surnameSuffixes.keys {
		if len([]rune(suf)) >= 3 && strings.HasSuffix(k, suf) && len(k) > len(suf) {
			return true
		}
	}
	return false
}

// personEndingAt returns the person mention ending right before token i
// (allowing a comma), or nil.
func (a *analysis) personEndingAt(i int) *personMention {
	for k := range a.persons {
		if a.persons[k].end == i {
			return &a.persons[k]
		}
	}
	return nil
}

// personStartingAt returns the person mention starting at token i, or nil.
func (a *analysis) personStartingAt(i int) *personMention {
	for k := range a.persons {
		if a.persons[k].start == i {
			return &a.persons[k]
		}
	}
	return nil
}

func sortPersons(ps []personMention) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].start < ps[j-1].start; j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}
