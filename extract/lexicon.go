package extract

import (
	"embed"
	"strings"

	"github.com/peyvand/peyvand/persian"
)

// lexiconFS holds the extractor's own vocabulary, one list a file.
//
//go:embed lexicon/*.txt
var lexiconFS embed.FS

// phraseSet is a list of words or phrases matched against tokens. Phrases
// are compared by their squashed key, so «هلال احمر», «هلال‌احمر» and
// «هلالاحمر» are one phrase.
type phraseSet struct {
	keys map[string]string // squashed key → phrase as listed
	vals map[string]string // squashed key → value (for word<TAB>value lists)
	// look holds every key and every prefix of a key, to match with one
	// lookup a word and stop matching early.
	look map[string]phraseLook
	max  int // the most words a listed phrase has
	// ezafe lets a phrase match with the ezafe «ی» glued to its last
	// word before a place (صدا و سیمای مرکز X): set for body names.
	ezafe bool
}

// phraseLook tells what a string is to a phraseSet.
type phraseLook struct {
	val    string
	listed bool // a listed key
	prefix bool // a proper prefix of a listed key
}

// ezafeKey is the «ی» of the ezafe, which a phrase may carry glued to its
// last word before what it qualifies (صدا و سیمای مرکز X).
var ezafeKey = persian.Squash("ی")

// ezafePlaces are the words an ezafe «ی» joins a phrase to: a place or a
// word of places. Before other words the «ی» may be the indefinite one
// (آموزش و پرورشی قوی).
var ezafePlaces = keySet("مرکز", "استان", "شهرستان", "شهر", "کشور", "جمهوری")

// ezafePlaceAt reports a place, or a word of places, at token k.
func ezafePlaceAt(ts []token, k int) bool {
	return k < len(ts) && !ts[k].punct && (ezafePlaces[ts[k].key] || placeLen(ts, k) > 0)
}

// maxPhraseTokens bounds how many tokens a phrase may span when glued
// forms are matched.
const maxPhraseTokens = 5

func loadPhrases(name string) *phraseSet {
	data, err := lexiconFS.ReadFile("lexicon/" + name)
	if err != nil {
		panic("extract: missing lexicon " + name)
	}
	s := &phraseSet{keys: map[string]string{}, vals: map[string]string{}, look: map[string]phraseLook{}}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		phrase, val, _ := strings.Cut(line, "\t")
		for _, alt := range strings.Split(phrase, "|") {
			s.add(strings.TrimSpace(alt), strings.TrimSpace(val))
		}
	}
	return s
}

func (s *phraseSet) add(phrase, val string) {
	k := persian.Squash(phrase)
	if k == "" {
		return
	}
	if _, ok := s.keys[k]; !ok {
		s.keys[k] = persian.Normalize(phrase)
		s.vals[k] = val
		l := s.look[k]
		l.val, l.listed = val, true
		s.look[k] = l
	}
	for i := range k {
		l := s.look[k[:i]]
		l.prefix = true
		s.look[k[:i]] = l
	}
	if n := len(strings.Fields(phrase)); n > s.max {
		s.max = n
	}
}

// has reports whether one token's key is a listed word.
func (s *phraseSet) has(key string) bool {
	_, ok := s.keys[key]
	return ok && key != ""
}

// at returns how many tokens from i form the longest listed phrase, and
// the phrase's value; 0 when none does.
func (s *phraseSet) at(ts []token, i int) (n int, val string) {
	limit := s.max + 2 // glued and split forms may differ in word count
	if limit > maxPhraseTokens {
		limit = maxPhraseTokens
	}
	if i >= len(ts) || ts[i].punct {
		return 0, ""
	}
	// The common case: the first word is no listed phrase nor the start
	// of one.
	l, ok := s.look[ts[i].key]
	if !ok {
		// «صداوسیمای»: a glued phrase with the ezafe «ی» on.
		if !s.ezafe {
			return 0, ""
		}
		if k, cut := strings.CutSuffix(ts[i].key, ezafeKey); cut && s.look[k].listed && strings.Contains(s.keys[k], " ") && ezafePlaceAt(ts, i+1) {
			return 1, s.look[k].val
		}
		return 0, ""
	}
	if l.listed {
		n, val = 1, l.val
	}
	if !l.prefix {
		return n, val
	}
	var stack [128]byte
	key := append(stack[:0], ts[i].key...)
	for j := i + 1; j < len(ts) && j-i < limit; j++ {
		if ts[j].punct {
			break
		}
		key = append(key, ts[j].key...)
		l, ok := s.look[string(key)]
		if !ok {
			// «صدا و سیمای مرکز»: the phrase's last word with the ezafe «ی».
			if k, cut := strings.CutSuffix(string(key), ezafeKey); s.ezafe && cut && s.look[k].listed && ezafePlaceAt(ts, j+1) {
				n, val = j-i+1, s.look[k].val
			}
			break
		}
		if l.listed {
			n, val = j-i+1, l.val
		}
		if !l.prefix {
			break
		}
	}
	return n, val
}

// The word lists, loaded once.
var (
	givenNames      = loadPhrases("given_names.txt")
	surnameSuffixes = loadPhrases("surname_suffixes.txt")
	headNouns       = withEzafe(loadPhrases("head_nouns.txt"))
	knownBodies     = withEzafe(loadPhrases("known_bodies.txt"))
	localOffices    = loadPhrases("local_offices.txt")
	roleWords       = loadPhrases("roles.txt")
	roleBodies      = loadPhrases("role_bodies.txt")
	provinces       = loadPhrases("provinces.txt")
	cities          = loadPhrases("cities.txt")
	stopWords       = loadPhrases("stopwords.txt")
	commonWords     = loadPhrases("common_words.txt")
	eventWords      = loadPhrases("events.txt")
	projectHeads    = loadPhrases("project_heads.txt")
	weekdayWords    = loadPhrases("weekdays.txt")
	extraTitles     = loadPhrases("titles_extra.txt")
	weakTitles      = loadPhrases("weak_titles.txt")
	dateCues        = loadPhrases("date_cues.txt")
	lightVerbs      = loadPhrases("light_verbs.txt")
	outlets         = loadPhrases("outlets.txt")
	acronyms        = loadPhrases("acronyms.txt")
	binomials       = loadPhrases("binomials.txt")
)

// withEzafe lets s's phrases match with a glued ezafe «ی».
func withEzafe(s *phraseSet) *phraseSet {
	s.ezafe = true
	return s
}

// weekdayIndex gives the weekday (0 = شنبه) of a weekday word's key.
var weekdayIndex = func() map[string]int {
	data, _ := lexiconFS.ReadFile("lexicon/weekdays.txt")
	m := map[string]int{}
	n := 0
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		for _, alt := range strings.Split(line, "|") {
			m[persian.Squash(alt)] = n
		}
		n++
	}
	return m
}()

// Words the rules test by key.
var (
	keyAnd       = persian.Squash("و")
	keyThis      = persian.Squash("این")
	keyThat      = persian.Squash("آن")
	keySame      = persian.Squash("همین")
	keySame2     = persian.Squash("همان")
	keyProvince  = persian.Squash("استان")
	keyCounty    = persian.Squash("شهرستان")
	keyCity      = persian.Squash("شهر")
	keyCountry   = persian.Squash("کشور")
	keyGreat     = persian.Squash("بزرگ")
	keyTo        = persian.Squash("به")
	keyTitle     = persian.Squash("عنوان")
	keyDecree    = persian.Squash("حکم")
	keyWith      = persian.Squash("با")
	keyFrom      = persian.Squash("از")
	keyRa        = persian.Squash("را")
	keyNew       = persian.Squash("جدید")
	keyPresence  = persian.Squash("حضور")
	keyHe        = persian.Squash("وی")
	keyHe2       = persian.Squash("ایشان")
	keyToday     = persian.Squash("امروز")
	keyReport    = persian.Squash("گزارش")
	keyReporter  = persian.Squash("خبرنگار")
	keyAgency    = persian.Squash("خبرگزاری")
	keyPR        = persian.Squash("روابط")
	keyCentre    = persian.Squash("مرکز")
	keyForce     = persian.Squash("نیروی")
	keyBranch    = persian.Squash("شعبه")
	keyCentral   = persian.Squash("مرکزی")
	keyCriminal  = persian.Squash("کیفری")
	keyMinister  = persian.Squash("وزیر")
	keySayyid    = persian.Squash("سید")
	keyPluralHa  = persian.Squash("ها")
	keyPluralHay = persian.Squash("های")
	// pluralPlaces are استان and شهرستان with the plural ending glued on.
	pluralPlaces = keySet("استانها", "استانهای", "شهرستانها", "شهرستانهای", "شهرها", "شهرهای")
	keyMartyr    = persian.Squash("شهید")
	keyHojjat    = persian.Squash("حجت")
	keyAsTitle1  = persian.Squash("بعنوان")
	keyAsTitle2  = persian.Squash("بهعنوان")
	keyResign    = persian.Squash("استعفای")
	keyHeadship  = persian.Squash("ریاست")
	keyReps      = persian.Squash("نمایندگان")
	keyRespected = persian.Squash("محترم")
	keyIn        = persian.Squash("در")
	keyMonth     = persian.Squash("ماه")
	keyWhole     = persian.Squash("کل")
	keyAlso      = persian.Squash("نیز")
	keyAlso2     = persian.Squash("هم")
)

// honorificAbbrev are the bracketed blessings written after holy names
// inside a body's name: سپاه حضرت صاحب‌الزمان (عج).
var honorificAbbrev = map[string]bool{"ع": true, "عج": true, "ص": true, "س": true, "ره": true, "قدس سره": true}

// thanksWords mark the outgoing holder in a handover report.
var thanksWords = keySet("قدردانی", "تقدیر", "تشکر", "تکریم", "سپاس", "تجلیل")

// handoverWords mark a report of a change of post holder.
var handoverWords = keySet("تودیع", "معارفه", "منصوب", "انتصاب", "تکریم")

// introWords end an appointment clause: «... به عنوان مدیر جدید معرفی شد».
var introWords = keySet("معرفی", "منصوب", "انتخاب", "معارفه", "انتصاب", "برگزیده", "ابقا", "مشغول")

// effortWords stand before the outgoing holder: «از زحمات X».
var effortWords = keySet("زحمات", "تلاش", "تلاشهای", "تلاشها", "خدمات", "خدمت", "اقدامات", "زحمت", "از", "مهندس", "آقای")

// speechWords follow a speaker at the start of a sentence.
var speechWords = keySet("گفت", "افزود", "اظهار", "تاکید", "تأکید", "بیان", "تصریح", "خاطرنشان", "ادامه", "همچنین", "نیز", "در", "با", "اعلام", "عنوان")

// eventVerbs report that an event took place.
var eventVerbs = keySet("برگزار", "برگزارگردید", "تشکیل", "بازدید", "افتتاح")

func keySet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[persian.Squash(w)] = true
	}
	return m
}

// markedTowns are towns whose name is also a common word or a given name
// (مهران، بهار): a place only right after «شهر» or «شهرستان».
var markedTowns = loadPhrases("marked_towns.txt")

// towns are the towns that are no county's centre (towns.txt): they close
// a body's name, but many are surnames too, so they neither stop a
// person's name nor place a post as the counties of cities.txt do.
var towns = loadPhrases("towns.txt")

// closedBodies are national bodies' whole names (closed_bodies.txt): a name
// that reaches one ends there, but for the body's place after it.
var closedBodies = loadPhrases("closed_bodies.txt")

// headedVenues are schools, bases and like venues whose «مدیر» heads the
// venue itself (headed_venues.txt): «مدیر دبیرستان X» of «دبیرستان X».
var headedVenues = wordKeys(loadPhrases("headed_venues.txt"))

// trusteeBodies are religious sites a board of trustees runs
// (trustee_bodies.txt): the board is the body of its posts.
var trusteeBodies = wordKeys(loadPhrases("trustee_bodies.txt"))
