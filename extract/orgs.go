package extract

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/peyvand/peyvand/persian"
)

// orgMention is a body named in an article.
type orgMention struct {
	start, end int // token range
	name       string
	head       string // the head noun as listed
	place      string // the province or city the name ends with, if any
	// genericPlace is استان, شهرستان or شهر when the name ends with one
	// of them and no place name follows (شورای هماهنگی ادارات استان).
	genericPlace string
	// serviceTail marks a mention lying in a force's service branch that
	// is named only as the tail of a longer body's name: «نیروی زمینی
	// سپاه» and «سپاه» in «قرارگاه قدس نیروی زمینی سپاه».
	serviceTail bool
	// nested marks a mention lying wholly inside a longer mention that
	// starts before it and is no board's: «دانشگاه X» in «دانشکده فنی
	// دانشگاه X», «شهرداری» in «کمیته مشترک شهرداری و ...».
	nested bool
	// unlisted marks a generic plural of bodies («مدیران شعب بانک X») or
	// an unnamed part of a body («دفتر شرکت»): it is listed only as a
	// form of a body named otherwise.
	unlisted bool
	// bracketed is the name as written with its acronym in brackets inside
	// it («سازمان X (صمت) استان Y»), when name leaves the acronym out.
	bracketed string
}

// maxOrgTokens bounds a body's name.
const maxOrgTokens = 16

// maxWordsAfterAnd bounds the words after «و» inside a name that does not
// end with a place (ارتباطات و فناوری اطلاعات).
const maxWordsAfterAnd = 3

// isCount reports a cardinal number before a noun (سه دبیرخانه، ۴۰
// شرکت). An ordinal counts sessions of one body (هفتمین شورای اداری), not
// bodies.
func isCount(t token) bool {
	if t.digit {
		return true
	}
	words := persian.Words(t.text)
	_, next, ordinal, ok := persian.NumberAt(words, 0)
	return ok && next == len(words) && !ordinal
}

// clauseNouns are the predicate's and object's nouns that end a body
// named as the subject.
var clauseNouns = loadPhrases("clause_nouns.txt")

// unitNumber reports a number at k that a numbered unit's word before it
// takes (شعبه ۱۲، منطقه ۳): it numbers the unit, it counts no bodies.
func unitNumber(ts []token, k int) bool {
	return ts[k].digit && k > 0 && numberedWords[ts[k-1].key]
}

// dateNamedHeads are the heads of institutions and venues Iran names
// after a day of its calendar (بیمارستان ۱۵ خرداد، ورزشگاه ۱۲ فروردین).
var dateNamedHeads = keySet("بیمارستان", "درمانگاه", "ورزشگاه", "دبیرستان", "دبستان", "مدرسه", "هنرستان", "مجتمع", "سالن", "تالار",
	"پارک", "بوستان", "مسجد", "مجموعه", "آموزشگاه", "کتابخانه", "فرهنگسرا", "فرهنگسرای")

// monthKeys are the months of the Solar Hijri year.
var monthKeys = keySet("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")

// dateNameAt reports a day and month at k that name an institution after
// its head (بیمارستان ۱۷ شهریور، ورزشگاه ۱۲ فروردین، دبیرستان ۱۳ آبان):
// the day's number, the month, then the name's place or the clause's
// next word, never the year or «ماه» of a date the sentence tells.
func dateNameAt(ts []token, k int) bool {
	if k+1 >= len(ts) || !ts[k].digit || ts[k+1].sent != ts[k].sent || !monthKeys[ts[k+1].key] {
		return false
	}
	if d, err := strconv.Atoi(ts[k].key); err != nil || d < 1 || d > 31 {
		return false
	}
	n := k + 2
	if n >= len(ts) || ts[n].sent != ts[k].sent {
		return true
	}
	return !ts[n].digit && ts[n].key != keyMonthWord && !isVerbLike(ts[n].key) && !lightVerbs.has(ts[n].key) && !passiveVerbs[ts[n].key]
}

var keyMonthWord = persianKey("ماه")

// isSuperlative reports an adjective in «ترین» (بزرگترین، مهم‌ترین): the
// noun after it is described, not named.
func isSuperlative(t token) bool {
	return !t.punct && strings.HasSuffix(t.key, keySuperlative) && utf8.RuneCountInString(t.key) >= 6
}

var keySuperlative = persian.Squash("ترین")

// keyStation is «ایستگاه»; stationLines the lines whose stations are
// named by them (ایستگاه راه‌آهن X، ایستگاه مترو X): places, no bodies.
var (
	keyStation   = persian.Squash("ایستگاه")
	stationLines = keySet("راه‌آهن", "راهآهن", "مترو", "قطار", "آتش‌نشانی", "آتشنشانی")
)

// sessionHeads are the heads of boards that meet in numbered sessions
// («هفتمین شورای اداری X»، «دومین مجمع عمومی شرکت X»): an ordinal before
// them counts the session, and the board is still named.
var sessionHeads = keySet("شورا", "شورای", "مجمع", "کمیسیون", "کمیته", "هیئت", "هیات", "ستاد", "کارگروه", "شوراى")

// isPrenominalOrdinal reports an ordinal in «ین» (نخستین، دومین، آخرین),
// which stands before its noun: never the last word of a name, unlike
// «دوم» (ناحیه دوم).
func isPrenominalOrdinal(t token) bool {
	if t.punct || !strings.HasSuffix(t.key, keyOrdinalIn) {
		return false
	}
	if firstLastOrdinals[t.key] {
		return true
	}
	words := persian.Words(t.text)
	_, next, ordinal, ok := persian.NumberAt(words, 0)
	return ok && ordinal && next == len(words)
}

var (
	keyOrdinalIn      = persian.Squash("ین")
	firstLastOrdinals = keySet("نخستین", "اولین", "آخرین", "واپسین", "یکمین")
)

// compassWords are the sides of a country or province (غرب کشور).
var compassWords = keySet("غرب", "شرق", "شمال", "جنوب", "شمالغرب", "شمالشرق", "جنوبغرب", "جنوبشرق", "مرکز")

// regionOfPlace reports name words i to j (after the head) that are
// adjectives in «ی» and then a side of the country or province, and
// nothing else: «درمانی غرب کشور», «تجاری شمال استان».
func regionOfPlace(ts []token, i, j int) bool {
	k := i
	for k < j && strings.HasSuffix(ts[k].key, ezafeKey) && !compassWords[ts[k].key] {
		k++
	}
	if k == i || k >= j {
		return false
	}
	for k < j && compassWords[ts[k].key] {
		k++
	}
	return k == j-1 && (ts[k].key == keyCountry || ts[k].key == keyProvince)
}

// placeAt returns how many tokens from i name a province or city, and
// whether it is a province.
func placeAt(ts []token, i int) (n int, province bool) {
	if i > 0 && ts[i-1].key == keyGulf {
		return 0, false // «خلیج فارس» is the gulf, not the province
	}
	if n, _ := provinces.at(ts, i); n > 0 {
		return n, true
	}
	return cityAt(ts, i), false
}

// cityAt returns how many tokens from i name a listed city; not a stop
// word and the word after it, joined (the object marker and «بر» of «را
// بر عهده» are no «رابر»).
func cityAt(ts []token, i int) int {
	n, _ := cities.at(ts, i)
	if n == 0 {
		// «اداره برق X», X a town that is no county's centre.
		n, _ = towns.at(ts, i)
	}
	if n > 1 && stopWords.has(ts[i].key) {
		return 0
	}
	if n == 0 && i > 0 && i < len(ts) && (ts[i-1].key == keyCity || ts[i-1].key == keyCounty) && ts[i-1].sent == ts[i].sent {
		// «شورای اسلامی شهر مهران»: a town that is also a common word or
		// a given name, named after «شهر» or «شهرستان».
		n, _ = markedTowns.at(ts, i)
	}
	return n
}

// isOrgStop reports a token that ends a body's name: a stop word, a
// verb, a light verb, an adverb or a participle (light_verbs.txt), or an
// adverb written with its tanwin (مجدداً، اخیراً).
func isOrgStop(t token) bool {
	return t.punct || t.digit || stopWords.has(t.key) || isVerbLike(t.key) || lightVerbs.has(t.key) || strings.HasSuffix(t.text, "\u064b") ||
		hasGluedCopula(t.text) || indefiniteObjects[t.key] || detachedVerbPrefixes[t.key] || isPreverbVerb(t.key)
}

// preverbs are the verbal particles written before the continuous «می»
// of a prefixed verb (بازمی‌گردد، برمی‌دارد، درمی‌آید، فرامی‌خواند).
var preverbs = []string{"باز", "بر", "در", "فرا", "فرو", "وا"}

// isPreverbVerb reports a prefixed verb in the continuous or its negative
// («بازمی‌گردد»، «برنمی‌گردد»): a verb, never a word of a name.
func isPreverbVerb(key string) bool {
	for _, p := range preverbs {
		rest, ok := strings.CutPrefix(key, p)
		if !ok {
			continue
		}
		for _, m := range verbPrefixes {
			if v, ok := strings.CutPrefix(rest, m); ok && utf8.RuneCountInString(v) >= 2 {
				return true
			}
		}
	}
	return false
}

// gluedCopulas are the copula's forms written on a word after a
// zero-width non-joiner (آماده‌اند، موظف‌است).
var gluedCopulas = []string{"\u200cاند", "\u200cاست", "\u200cایم", "\u200cاید"}

// hasGluedCopula reports a word ending in a copula written on it: the
// predicate of a clause, never a word of a name.
func hasGluedCopula(text string) bool {
	for _, c := range gluedCopulas {
		if strings.HasSuffix(text, c) {
			return true
		}
	}
	return false
}

// binomialAt returns the length of a fixed «A و B» pair starting at i
// (حمل و نقل), else 0.
func binomialAt(ts []token, i int) int {
	if i < 0 {
		return 0
	}
	n, _ := binomials.at(ts, i)
	if n < 3 || i+n > len(ts) || ts[i+n-1].sent != ts[i].sent {
		return 0
	}
	return n
}

// maxPlaceLookahead bounds the words read after «و» for the place that
// closes a name.
const maxPlaceLookahead = 4

// nounStopInName reports a long stop word used as a noun right after «و»
// inside a name that goes on, with plain words only, to its place:
// «اداره کل کتابخانه‌ها و اقدامات فرهنگی استان», where the same word
// elsewhere ends a name («... اقدامات لازم را انجام داد»).
func (a *analysis) nounStopInName(k int) bool {
	ts := a.toks
	if k == 0 || k >= len(ts) || ts[k-1].key != keyAnd {
		return false
	}
	t := ts[k]
	if t.punct || t.digit || isVerbLike(t.key) || lightVerbs.has(t.key) || utf8.RuneCountInString(t.key) < 5 || !stopWords.has(t.key) {
		return false
	}
	for m := k + 1; m < len(ts) && m <= k+maxPlaceLookahead && ts[m].sent == t.sent; m++ {
		u := ts[m]
		if u.key == keyProvince || u.key == keyCounty || u.key == keyCity || u.key == keyCountry {
			return true
		}
		if n, _ := placeAt(ts, m); n > 0 {
			return true
		}
		if u.key == keyAnd {
			continue
		}
		if isOrgStop(u) || a.personCover[m] || startsCompoundVerb(ts, m) {
			return false
		}
		if n, _ := roleWords.at(ts, m); n > 0 {
			return false
		}
	}
	return false
}

// andReachesPlace reports whether the words after «و» at j run, plain
// words and head nouns only, to a place within a few words: then a head
// noun before «و» is a word of the name («سازمان آتش‌نشانی و خدمات ایمنی
// شهرداری سمنان»), not a bare body followed by a clause.
func (a *analysis) andReachesPlace(j int) bool {
	ts := a.toks
	for m := j + 1; m < len(ts) && m <= j+maxPlaceLookahead && ts[m].sent == ts[j].sent; m++ {
		u := ts[m]
		if placeNext(ts, m) {
			return m > j+1
		}
		if u.punct || u.digit || u.key == keyAnd || isOrgStop(u) || a.personCover[m] || roleWordsAt(ts, m) > 0 || startsCompoundVerb(ts, m) {
			return false
		}
	}
	return false
}

// verbStemNoun reports a light verb's past stem used as a noun inside a
// name, joined by «و» to the next word of the name: «شرکت ساخت و نگهداری
// ...» (construction), where a verb would end the clause instead.
func (a *analysis) verbStemNoun(j int) bool {
	ts := a.toks
	t := ts[j]
	if t.punct || t.digit || stopWords.has(t.key) || isVerbLike(t.key) || !lightVerbs.has(t.key) {
		return false
	}
	return j+2 < len(ts) && ts[j+1].key == keyAnd && a.continuesAfterAnd(j+1) && !lightVerbs.has(ts[j+2].key) && !isVerbLike(ts[j+2].key) &&
		!startsCompoundVerb(ts, j+2) && !(j+3 < len(ts) && lightVerbs.has(ts[j+3].key))
}

// namePrepositions are nouns of action with the preposition they take
// inside a body's name (مبارزه با، حمایت از).
var namePrepositions = loadPhrases("name_prepositions.txt")

// prepositionInName reports a preposition at j that a noun of action
// before it takes inside a body's name, followed by a plain word: «ستاد
// مبارزه با مواد مخدر», where elsewhere «با» ends a name.
func (a *analysis) prepositionInName(j int) bool {
	ts := a.toks
	if j+1 >= len(ts) || ts[j+1].sent != ts[j].sent {
		return false
	}
	found := false
	for k := 1; k <= 2 && j-k >= 0; k++ {
		if n, _ := namePrepositions.at(ts, j-k); n == k+1 {
			found = true
		}
	}
	if !found {
		return false
	}
	next := ts[j+1]
	return !isOrgStop(next) && !a.personCover[j+1] && a.titleAt(j+1) == 0 && !startsCompoundVerb(ts, j+1) && roleWordsAt(ts, j+1) == 0
}

// passiveVerbs are the forms of شدن and گردیدن that make a passive of the
// verbal noun before them (تکمیل شد، ارائه شود).
var passiveVerbs = keySet("شد", "شدند", "شده", "گردید", "گردیدند", "گردیده", "میشود", "میشوند", "گشت",
	"شود", "شوند", "گردد", "گردند", "میگردد", "میشد", "میشدند", "نشد", "نشده", "نمیشود", "نمیشد")

// passiveNouns are the nouns of compound verbs, other than those of the
// taf'il form, that make a passive with شدن (ارائه شد، راه‌اندازی خواهد
// شد): before such a verb they are the verb's noun, never a body's last
// word. Written from general knowledge of Persian news prose.
var passiveNouns = keySet("ارائه", "اجرا", "آغاز", "اعلام", "ابلاغ", "اعطا", "اهدا", "منتشر", "مطرح",
	"معرفی", "راه‌اندازی", "افتتاح", "امضا", "بررسی", "پیگیری", "واگذار", "ارسال", "برگزار", "انجام",
	"منصوب", "انتخاب", "قدردانی", "بازدید", "رونمایی", "کلنگ‌زنی",
	// the running, spending and keeping of things, which a body's name
	// never ends with before a passive («... از سوی شهرداری اداره می‌شد»،
	// «از منابع شرکت هزینه شد»، «در انبار شهرداری ذخیره شده»).
	"اداره", "هزینه", "ذخیره", "صرف", "پرداخت", "تعطیل", "منحل", "دعوت", "اعزام", "نصب", "ایجاد", "احداث",
	"حذف", "خریداری", "دنبال", "توزیع",
	// the sending on and handing over of a bill or a file («لایحه به
	// کمیسیون عمران ارجاع شد»، «پرونده به دادگاه ارسال شد»).
	"ارجاع", "تحویل", "واریز", "تقدیم", "مسترد", "عودت",
	// adjectives of a state a body comes into («شرکت‌ها از تسهیلات
	// کمیسیون صادرات اتاق بهره‌مند می‌شوند»، «شهرداری موظف شد»).
	"بهره‌مند", "برخوردار", "مستقر", "موفق", "متوقف", "مشمول", "موظف", "مکلف", "ملزم", "متعهد",
	// the setting up of a fair or a stand and a person's retiring from a
	// body («نمایشگاه در فرهنگسرای X برپا شد»، «پس از سی سال خدمت در
	// سازمان X بازنشسته شد»، «غرفه‌ای در سالن X دایر شده است»).
	"برپا", "دایر", "برقرار", "بازنشسته", "منتقل",
	// the making up for a shortage («نیاز مدارس با فارغ‌التحصیلان دانشگاه
	// X جبران می‌شود»، «مشکل با کمک شرکت X برطرف شد»).
	"جبران", "رفع", "برطرف",
	// the taking in and sending away of persons («دانشجویان در دانشگاه X
	// پذیرش شدند»، «در شرکت X استخدام شد»، «در بیمارستان X جذب شدند»).
	"پذیرش", "استخدام", "جذب", "اخراج", "بازداشت", "دستگیر")

// futureAux are the forms of the future's auxiliary, which stands between
// a compound verb's noun and its verb (امضا خواهد کرد، نخواهد شد).
// surnameEndWords end a surname when typed apart from its first part
// («X پور»، «X زاده»): a head noun before them is a word of the surname.
var surnameEndWords = keySet("پور", "زاده")

// detachedVerbPrefixes are «می» and «نمی» typed as words of their own.
var detachedVerbPrefixes = keySet("می", "نمی")

var futureAux = keySet("خواهد", "خواهند", "خواهیم", "خواهم", "نخواهد", "نخواهند")

// verbAfter returns the index of the verb after the word at j, past the
// future's auxiliary: «فعالیت خواهد کرد» has its verb two words on.
func verbAfter(ts []token, j int) int {
	k := j + 1
	if k+1 < len(ts) && futureAux[ts[k].key] {
		k++
	}
	if k+1 < len(ts) && detachedVerbPrefixes[ts[k].key] {
		k++ // «همکاری می کنند»: the continuous prefix typed apart
	}
	return k
}

// passiveAfter reports a passive verb after the word at j, past the
// future's auxiliary (تکمیل شد، ایجاد خواهد شد).
func passiveAfter(ts []token, j int) bool {
	k := verbAfter(ts, j)
	return k < len(ts) && passiveVerbs[ts[k].key]
}

// verbalNounBeforePassive reports a verbal noun before a passive verb:
// one of passiveNouns, a noun of appointment (انتخاب، منصوب), or an Arabic
// verbal noun of the taf'il form (تکمیل، تشکیل، تصویب، تجهیز: five
// letters, «ت» first and «ی» fourth).
// It is the verb's noun, which ends a body's name («بانک خون تکمیل شد»،
// «کمیسیون فنی شورا ارائه شود»). A place name of that shape (تبریز) is not.
func (a *analysis) verbalNounBeforePassive(j int) bool {
	ts := a.toks
	if !passiveAfter(ts, j) {
		return false
	}
	if passiveNouns[ts[j].key] || introWords[ts[j].key] {
		return true // «... مدیرعامل شرکت انتخاب شدند»: the verb's noun
	}
	r := []rune(ts[j].key)
	return len(r) == 5 && r[0] == 'ت' && r[3] == 'ی' && placeLen(ts, j) == 0
}

// bareVowelHead reports a one-word head ending in «ا» or «و» written
// without the «ی» that would join a name to it, when the head list has
// that joined form too: «شورا» (not «شورای شهر») stands alone, so the
// next word starts the clause.
func bareVowelHead(t token) bool {
	if !strings.HasSuffix(t.key, "ا") && !strings.HasSuffix(t.key, "و") {
		return false
	}
	return headNouns.has(t.key + "ی")
}

// bareKnownBody reports a head that is a body's whole name (known_bodies)
// ending in a long vowel written without the «ی» of the ezafe
// («صداوسیما»، not «صداوسیمای»): nothing but its place can follow it in
// the name.
func bareKnownBody(ts []token, i, hn int) bool {
	last := ts[i+hn-1].key
	if !strings.HasSuffix(last, "ا") && !strings.HasSuffix(last, "و") {
		return false
	}
	kn, _ := knownBodies.at(ts, i)
	return kn == hn
}

// termAdjectives tell which term of a board «دوره» names when no ordinal
// does (دوره جدید، دوره فعلی).
var termAdjectives = keySet("جدید", "فعلی", "کنونی", "گذشته", "قبل", "پیشین", "آینده")

// keyTerm is «دوره», a body's term of office (مجلس دوره دوازدهم).
var keyTerm = persianKey("دوره")

// isOrdinalWord reports an ordinal written as one word (دهم، دوازدهم،
// ششمین is prenominal and no term's).
func isOrdinalWord(t token) bool {
	if t.punct || t.digit {
		return false
	}
	words := persian.Words(t.text)
	_, next, ordinal, ok := persian.NumberAt(words, 0)
	return ok && ordinal && next == len(words) && !isPrenominalOrdinal(t)
}

// placeWords open a body's place after its name: «بیمه آسیا استان X»،
// «صداوسیمای مرکز X».
var placeWords = keySet("استان", "شهرستان", "شهر", "مرکز", "منطقه", "ناحیه", "شعبه")

// isReflexive reports «خود» or «خویش», which own the noun before them
// (کار خود، برنامه خویش); that noun belongs to the clause, not a name.
func isReflexive(key string) bool {
	return key == keyOwn || key == keyOwnLiterary
}

// keyOwnLiterary is «خویش», the literary «خود».
var keyOwnLiterary = persianKey("خویش")

// projectHeadAt reports a project's head noun (طرح، پروژه) at j.
func projectHeadAt(ts []token, j int) bool {
	n, _ := projectHeads.at(ts, j)
	return n > 0
}

// speakerAfterName reports a person's given name and surname at j that
// end their clause's noun phrase (then a mark, a verb or a stop word): the
// holder named right after the body's name, «رئیس دانشگاه X کامران نیک‌فر
// گفت». After «شهید» or «امام» (بیمارستان شهید X Y) the person names the
// body instead.
func (a *analysis) speakerAfterName(j int) bool {
	ts := a.toks
	if j+2 >= len(ts) || !givenNames.has(ts[j].key) || ts[j+2].sent != ts[j].sent {
		return false
	}
	if n, _ := namesakes.at(ts, j); n > 0 {
		return false // «تیپ ۱۱۰ سلمان فارسی»: the body's namesake
	}
	if prev := ts[j-1]; a.titleAt(j-1) > 0 || weakTitles.has(prev.key) {
		return false
	}
	next := ts[j+1]
	if next.punct || isOrgStop(next) || placeLen(ts, j+1) > 0 || roleWordsAt(ts, j+1) > 0 || !surnameShaped(next) || headNounsAt(ts, j+1) > 0 {
		return false
	}
	return ts[j+2].punct || isOrgStop(ts[j+2])
}

// surnameShaped reports a word shaped like a surname: a nisba in «ی»
// (هاشمی), a listed surname ending (زاده، پور), or a compound written
// with a zero-width non-joiner (نیک‌فر) that is no plural. A word of a
// company's name (فولاد کاوه سبز) is not.
func surnameShaped(t token) bool {
	return isNisba(t.key) || hasSurnameEnding(t.text) || strings.Contains(t.text, "\u200c") && !isPlural(t)
}

// maxObjectWords bounds the words of a project's name before «را».
const maxObjectWords = 3

// projectObjectAt reports a project's head at j that starts the object of
// its clause: plain words after it run to «را» (طرح توسعه را آغاز کرد).
func projectObjectAt(ts []token, j int) bool {
	if !projectHeadAt(ts, j) {
		return false
	}
	for k := j + 1; k < len(ts) && k <= j+maxObjectWords && ts[k].sent == ts[j].sent; k++ {
		if ts[k].key == keyRa {
			return true
		}
		if isOrgStop(ts[k]) {
			return false
		}
	}
	return false
}

// heldNouns are the nouns of holding, opening or starting something
// (برگزار شد، افتتاح شد، آغاز شد).
var heldNouns = keySet("برگزار", "افتتاح", "آغاز", "اجرا", "راه‌اندازی", "تشکیل")

// maxHeldSubject bounds the words of an event's name before «برگزار شد».
const maxHeldSubject = 4

// subjectOfHeldEvent reports an event noun or a project's head at j that
// starts, within a few plain words, the subject of a passive of holding
// or opening: «... رئیس دانشگاه X کارگاه آموزشی برگزار شد», «... وزیر
// نیرو پروژه آبرسانی افتتاح شد». The body's name ends before it; an
// event word that its sentence does not report held (دبیرخانه جشنواره X
// اعلام کرد) stays a word of the name.
func (a *analysis) subjectOfHeldEvent(j int) bool {
	ts := a.toks
	if eventWordAt(ts, j) == "" && !projectHeadAt(ts, j) {
		return false
	}
	for k := j + 1; k < len(ts) && k <= j+maxHeldSubject && ts[k].sent == ts[j].sent; k++ {
		if heldNouns[ts[k].key] {
			return passiveAfter(ts, k)
		}
		if ts[k].punct || isOrgStop(ts[k]) && ts[k].key != keyNew {
			return false
		}
	}
	return false
}

// pastStems are the commonest past stems of Persian verbs, which with «ه»
// make the perfect's participle (گشته، رفته، پیوسته).
var pastStems = keySet("گشت", "رفت", "آمد", "کرد", "داد", "گرفت", "شد", "بود", "یافت", "پیوست", "نشست",
	"گذشت", "داشت", "ساخت", "گذاشت", "خواست", "رسید", "کشید", "دید", "ماند", "برد", "آورد", "گفت",
	"نوشت", "پرداخت", "انداخت", "گماشت", "بست", "افتاد")

// verbParticles are the preverbs written on a verb (بازگشته، برگزیده).
var verbParticles = []string{"", "باز", "بر", "در", "فرو", "فرا", "وا", "پس", "پیش"}

// isPastParticiple reports a word key that is a preverb and a past stem
// with «ه» (دیده، بازگشته، پیوسته). A noun ending in «ته» or «ده» (کمیته،
// دانشکده) is no stem with «ه».
func isPastParticiple(key string) bool {
	stem, ok := strings.CutSuffix(key, "ه")
	if !ok {
		return false
	}
	for _, p := range verbParticles {
		if rest, ok := strings.CutPrefix(stem, p); ok && pastStems[rest] {
			return true
		}
	}
	return false
}

// perfectAux are the forms of بودن that follow a perfect's participle.
var perfectAux = keySet("است", "اند", "بود", "بودند", "باشد", "باشند")

// participleBeforePassive reports a past participle, a preverb and a past
// stem with «ه» (دیده، گذاشته), before a passive verb, the future's
// auxiliary between or not: «اعتبار آن در بودجه شهرداری دیده خواهد شد»
// ends the body's name before «دیده».
func participleBeforePassive(ts []token, j int) bool {
	if !passiveAfter(ts, j) {
		return false
	}
	return isPastParticiple(ts[j].key)
}

// isPerfectParticiple reports a past participle, a preverb and a past stem
// with «ه» (بازگشته، پیوسته), before the perfect's «است» or «بود»: the verb
// ends a body's name («... به دانشکده فنی بازگشته است»).
func isPerfectParticiple(ts []token, j int) bool {
	if j+1 >= len(ts) || !perfectAux[ts[j+1].key] {
		return false
	}
	return isPastParticiple(ts[j].key)
}

// startsCompoundVerb reports a word followed by a light verb that forms
// compound verbs (امضا کرد، افتتاح نمود، خدمت خواهد کرد): the word is the
// verb's noun and ends a body's name.
func startsCompoundVerb(ts []token, j int) bool {
	k := verbAfter(ts, j)
	if k == j+1 && dataNounAt(ts, k) {
		return false // «علوم داده»: data, not «given»
	}
	if k+1 < len(ts) && ts[k+1].digit && ts[k+1].sent == ts[k].sent {
		return false // «ساخت ۵۰۰ واحد»: a past stem before a number is the noun of building
	}
	if k == j+1 && j > 0 && !ts[j-1].punct && placeLen(ts, j) == 1 {
		return false // «... در شهرداری نمونه‌شهر داد»: a town after a name's word is the body's place, not a verb's noun
	}
	if k2 := r19aVerbAfterIntensifier(ts, j); k2 >= 0 && k2 < len(ts) && lightVerbs.vals[ts[k2].key] == "c" {
		return true
	}
	return k < len(ts) && lightVerbs.vals[ts[k].key] == "c"
}

// placeLen returns how many tokens from i name a province or city.
func placeLen(ts []token, i int) int {
	n, _ := placeAt(ts, i)
	return n
}

// representationIn reports «نمایندگی» (keyRepresentation), the office
// representing one body in another, among the words from i to j of a
// name, whose «در» then names the body it sits in.
func representationIn(ts []token, i, j int) bool {
	for k := i; k < j; k++ {
		if ts[k].key == keyRepresentation {
			return true
		}
	}
	return false
}

// missionHeads head a mission abroad, named with the city it sits in
// after «در» (سفارت X در Y).
var missionHeads = keySet("سفارت", "سرکنسولگری", "کنسولگری")

// missionCity reports a word at j that can be a foreign city closing a
// mission's name: a plain word ending the clause or the name, no verb,
// stop word, head or post.
func (a *analysis) missionCity(j int) bool {
	ts := a.toks
	t := ts[j]
	if t.punct || t.digit || isOrgStop(t) || commonWords.has(t.key) || headNounsAt(ts, j) > 0 || roleWordsAt(ts, j) > 0 || eventWordAt(ts, j) != "" ||
		j+1 < len(ts) && ts[j+1].digit {
		return false // «سفارت X در سال ۱۴۰۳»: a time, no city
	}
	return j+1 >= len(ts) || ts[j+1].sent != t.sent || ts[j+1].punct || isOrgStop(ts[j+1]) || startsCompoundVerb(ts, j+1) || ts[j+1].key == keyAnd
}

// officeHeads name an office of a body in a place: «دفتر X در Y».
var officeHeads = keySet("دفتر", "نمایندگی")

// keyBureau is «دفتر», the office.
var keyBureau = persianKey("دفتر")

// officePosts are the posts whose holder's office (دفتر) is a body of its
// own, named with the post: «دفتر نماینده ولی فقیه در استان X»، «دفتر
// امام جمعه X».
var officePosts = keySet("نماینده ولی فقیه", "نماینده ولی‌فقیه", "امام جمعه")

// facultyHeads head a school of a university, which «فنی» names (دانشکده
// فنی: the school of engineering), where after other heads it names a
// kind (کمیته فنی).
var facultyHeads = keySet("دانشکده", "آموزشکده", "پردیس")

var keyTechnical = persianKey("فنی")

// genericAdjectives after a head noun alone name no body: «بیمارستان
// محلی»، «شرکت مربوطه»، «سازمان‌های مختلف».
var genericAdjectives = keySet("محلی", "مربوطه", "مربوط", "مذکور", "فعلی", "موجود", "جدید", "قدیم", "قدیمی", "قبلی", "بعدی",
	"مختلف", "متعدد", "دیگر", "مزبور", "یادشده", "همجوار", "منتخب", "برتر", "نمونه",
	// Qualifiers that name a kind of body, not one body: «کمیته فنی»،
	// «کارگروه تخصصی»، «شورای عالی» alone.
	"تخصصی", "فنی", "عمومی", "عالی", "درمانی", "خبری", "اجرایی", "مشورتی", "آموزشی", "بهداشتی", "پژوهشی", "ویژه", "اصلی",
	"مشترک", "دائمی", "موقت", "همراه", "مردمی", "تحقیقاتی", "ورزشی", "فرهنگی", "علمی", "دانشجویی", "منطقهای", "شهری", "روستایی",
	// Qualifiers of a plural head that name kinds, not bodies: «شرکت‌های
	// دولتی و خصوصی»، «بانک‌های عامل».
	"دولتی", "خصوصی", "تابعه", "عامل", "بزرگ", "کوچک", "متوسط", "دانشبنیان", "فناور", "فعال", "داخلی", "خارجی",
	"تولیدی", "صنعتی", "معدنی", "خدماتی", "بازرگانی", "پیمانکار", "ساختمانی", "عمرانی", "زیرمجموعه", "وابسته", "استانی",
	"کشوری", "بینالمللی", "خصولتی", "نیمهدولتی", "تعاونی", "کوچک", "مشمول", "متقاضی", "همکار", "طرف", "عضو",
	// Qualifiers of a delegation, a kind of visitors, not a body: «هیئت
	// اقتصادی»، «هیئت تجاری»، «هیئت پارلمانی».
	"اقتصادی", "تجاری", "پارلمانی", "سیاسی", "اعزامی")

// placedHeads are heads that also name a service (بیمه سلامت, health
// insurance): a body only as «HEAD استان/شهرستان X» or «HEAD ایران».
var placedHeads = keySet("بیمه سلامت")

// builtAfter reports a noun of building or opening with a passive verb
// (راه‌اندازی می‌شود، ایجاد خواهد شد) in the rest of the sentence from j:
// the facility named before it is what is built.
func (a *analysis) builtAfter(j int) bool {
	ts := a.toks
	for k := j; k+1 < len(ts) && ts[k].sent == ts[j-1].sent; k++ {
		if buildingNouns[ts[k].key] && passiveAfter(ts, k) {
			return true
		}
	}
	return false
}

// commandPrepositions before «فرماندهی» make it the post taken or left:
// «به فرماندهی تیپ X منصوب شد»، «جایگزین Y در فرماندهی سپاه X»; so
// does «سکان» (the helm): «سکان فرماندهی تیپ X را به دست گرفت».
var commandPrepositions = keySet("در", "به", "از", "سکان")

// findDistrictsBeforeMunicipality lists a city's numbered district named
// before its municipality, «منطقه ۴ شهرداری X», as the district's own
// municipality, «شهرداری منطقه ۴ X», the form news uses most.
func (a *analysis) findDistrictsBeforeMunicipality() {
	ts := a.toks
	n := len(a.orgs)
	for x := 0; x < n; x++ {
		o := a.orgs[x]
		s := o.start
		if s < 2 || ts[s].key != keyMunicipal || o.place == "" || !ts[s-1].digit && !numberWords[ts[s-1].key] || ts[s-1].sent != ts[s].sent ||
			ts[s-2].key != keyZone && ts[s-2].key != keyDistrict || a.text(s+1, o.end) != o.place {
			continue
		}
		name := a.text(s-2, o.end) // «منطقه ۲ شهرداری X» as written
		if a.writesMunicipalityFirst() {
			name = ts[s].text + " " + a.text(s-2, s) + " " + o.place
		}
		a.orgs = append(a.orgs, orgMention{start: s - 2, end: o.end, name: name, head: ts[s].text, place: o.place})
		a.orgCover[s-2], a.orgCover[s-1] = true, true
	}
}

// writesMunicipalityFirst reports an article naming a district's
// municipality with the municipality first, «شهرداری منطقه ۴» or
// «شهردار منطقه ۲»: its districts are named that way throughout.
func (a *analysis) writesMunicipalityFirst() bool {
	ts := a.toks
	for k := 0; k+2 < len(ts); k++ {
		if ts[k].key == keyMunicipal && (ts[k+1].key == keyZone || ts[k+1].key == keyDistrict) &&
			(ts[k+2].digit || numberWords[ts[k+2].key]) && ts[k+2].sent == ts[k].sent {
			return true
		}
	}
	return false
}

// keyDistrict is «ناحیه», a city district's or a force's zone.
var keyDistrict = persianKey("ناحیه")

// cutObjectsBeforeRa ends a name that runs into the object marker «را»
// at the longest start of it the article names as a body of its own:
// «دانشگاه X محتوای آموزشی و مدرسان را فراهم می‌کند» after «دانشگاه X»
// was named is «دانشگاه X», the rest the clause's object. Each mention
// tries its own starts against the set of names, once.
func (a *analysis) cutObjectsBeforeRa() {
	ts := a.toks
	names := map[string]bool{}
	for _, o := range a.orgs {
		names[a.keyOf(o.start, o.end)] = true
	}
	for x := range a.orgs {
		o := &a.orgs[x]
		if o.end >= len(ts) || ts[o.end].key != keyRa || o.bracketed != "" || o.name != a.text(o.start, o.end) {
			continue
		}
		for e := o.end - 1; e > o.start+1; e-- {
			if names[a.keyOf(o.start, e)] && !r18bParentRest(ts, e, o.end, names, a) {
				o.end = e
				o.name = a.text(o.start, e)
				if o.place != "" && !strings.Contains(o.name, o.place) {
					o.place = ""
				}
				break
			}
		}
	}
}

// dataCompounds are the nouns «داده» (data) completes as a noun, not as
// the participle «given»: «علوم داده»، «کلان داده»، «پایگاه داده».
var dataCompounds = keySet("علوم", "کلان", "پایگاه", "پایگاه‌های", "تحلیل", "بانک", "مرکز", "مراکز", "مهندسی", "حاکمیت", "امنیت")

var keyData = persianKey("داده")

// dataNounAt reports «داده» at k after one of dataCompounds: the noun.
func dataNounAt(ts []token, k int) bool {
	return k > 0 && k < len(ts) && ts[k].key == keyData && ts[k-1].sent == ts[k].sent && dataCompounds[ts[k-1].key]
}

// parentHeadAfterAnd reports a head noun within maxWordsAfterAnd words
// after the «و» at andAt and before j, starting the body the name is of:
// «کمیسیون کشاورزی، آب و منابع طبیعی مجلس شورای اسلامی», whose words
// after «و» are few before the parent's name.
func parentHeadAfterAnd(ts []token, andAt, j int) bool {
	for k := andAt + 2; k < j && k <= andAt+1+maxWordsAfterAnd; k++ {
		if n, _ := headNouns.at(ts, k); n > 0 && !unitHeads[ts[k].key] {
			return true
		}
	}
	return false
}

// ezafeVowelEnds are the endings of a noun written with its ezafe after
// a long vowel (اجرای، امضای، ارتقای، بازوی): the noun after it is its
// complement.
var ezafeVowelEnds = []string{persian.Squash("ای"), persian.Squash("وی")}

// ezafeComplement reports an object noun at j (قرارداد، تفاهم‌نامه) that
// completes the noun before it in its written ezafe, inside a name:
// «کارگروه مشترک اجرای تفاهم‌نامه», where elsewhere «... تفاهم‌نامه
// امضا کرد» ends the name before it. A verb after it makes it the
// clause's object still.
func ezafeComplement(ts []token, j int) bool {
	t, prev := ts[j], ts[j-1]
	if t.punct || prev.punct || t.digit || !lightVerbs.has(t.key) || isVerbLike(t.key) || stopWords.has(t.key) {
		return false
	}
	ends := false
	for _, e := range ezafeVowelEnds {
		if strings.HasSuffix(prev.key, e) && utf8.RuneCountInString(prev.key) >= 4 {
			ends = true
		}
	}
	if !ends {
		return false
	}
	k := j + 1
	return k >= len(ts) || ts[k].sent != t.sent || !(lightVerbs.has(ts[k].key) || isVerbLike(ts[k].key))
}

// keyPort is «بندر», a port town's first word (بندر کیاشهر، بندر دیلم).
var keyPort = persianKey("بندر")

// portAt reports «بندر» at j followed by a plain word of the same
// sentence, not a listed place (بندر انزلی is one), that names the town:
// no stop word, head noun, role, title, person, number or «و».
func (a *analysis) portAt(j int) bool {
	ts := a.toks
	if ts[j].key != keyPort || j+1 >= len(ts) || ts[j+1].sent != ts[j].sent {
		return false
	}
	if n, _ := placeAt(ts, j); n > 0 {
		return false
	}
	k := j + 1
	t := ts[k]
	if t.punct || t.digit || t.key == keyAnd || isOrgStop(t) || a.personCover[k] || a.titleAt(k) > 0 || isPlural(t) || genericAdjectives[t.key] {
		return false
	}
	if n, _ := headNouns.at(ts, k); n > 0 {
		return false
	}
	if n, _ := roleWords.at(ts, k); n > 0 {
		return false
	}
	return !(k+1 < len(ts) && ts[k+1].sent == ts[k].sent && startsCompoundVerb(ts, k))
}

// unitOfCommand are the heads of the armed units a command post is of.
var unitOfCommand = keySet("سپاه", "لشکر", "تیپ", "قرارگاه", "هنگ", "گردان", "یگان", "ناوگان", "پایگاه", "ارتش", "نیروی")

// openedUnitHeads are the facilities whose opening makes them a project:
// a clinic, a ward, a hall, a library. A hospital or a school opened is
// an institution with its own head, a body.
var openedUnitHeads = keySet("درمانگاه", "بخش", "کلینیک", "آزمایشگاه", "سالن", "ساختمان", "کتابخانه", "موزه", "پایگاه")

// openedSubject reports a facility's head at i that starts its clause
// (the sentence's start, or after a comma closing a lead phrase: «در
// حاشیه همایش، ...») in a sentence whose verb, at its end, is a passive
// of opening or building: «درمانگاه X با حضور رئیس دانشگاه افتتاح شد».
// The sentence is read once, from i to its end.
func (a *analysis) openedSubject(i int) bool {
	ts := a.toks
	if i > 0 && ts[i-1].sent == ts[i].sent && ts[i-1].text != "،" && ts[i-1].text != "," {
		return false
	}
	if i > 0 && ts[i-1].sent == ts[i].sent {
		// the phrase before the comma holds no verb of its own
		for k := i - 2; k >= 0 && ts[k].sent == ts[i].sent; k-- {
			if isVerbLike(ts[k].key) || lightVerbs.has(ts[k].key) {
				return false
			}
		}
	}
	last := -1
	for k := i + 1; k < len(ts) && ts[k].sent == ts[i].sent; k++ {
		if !ts[k].punct {
			last = k
		}
	}
	return last > i+2 && passiveVerbs[ts[last].key] && buildingNouns[ts[last-1].key]
}

// schoolHeads are the heads of a school, which a report lists as a body
// where it is the venue or the post's body («مدیر دبیرستان X»), but as a
// project where it is opened («دبستان X به بهره‌برداری رسید»).
var schoolHeads = keySet("مدرسه", "دبستان", "دبیرستان")

// openingEnds are the last words of a sentence telling an opening:
// «... افتتاح شد»، «... به بهره‌برداری رسید».
var (
	keyOperation = persianKey("بهره‌برداری")
	keyReached   = persianKey("رسید")
	keyOpening   = persianKey("افتتاح")
)

// schoolOpened reports a school's head at i that is the subject of a
// sentence ending with its opening: «دیروز نیز دبستان X در روستای Y به
// بهره‌برداری رسید». A school after a noun or a preposition («در سالن
// دبیرستان X ... برگزار شد») is none. The sentence is read once.
func (a *analysis) schoolOpened(i int) bool {
	ts := a.toks
	if i > 0 && ts[i-1].sent == ts[i].sent && !ts[i-1].punct && !stopWords.has(ts[i-1].key) && !isTimeAdverb(ts[i-1].key) {
		return false
	}
	if i > 0 && ts[i-1].sent == ts[i].sent && (ts[i-1].key == keyIn || ts[i-1].key == keyFrom || ts[i-1].key == keyTo || ts[i-1].key == keyWith) {
		return false
	}
	last := -1
	for k := i + 1; k < len(ts) && ts[k].sent == ts[i].sent; k++ {
		if !ts[k].punct {
			last = k
		}
	}
	if last < i+3 {
		return false
	}
	return ts[last].key == keyReached && ts[last-1].key == keyOperation || passiveVerbs[ts[last].key] && ts[last-1].key == keyOpening
}

// isTimeAdverb reports a word of time that may open a clause before its
// subject (دیروز، امروز، نیز).
func isTimeAdverb(key string) bool { return timeAdverbs[key] }

var timeAdverbs = keySet("دیروز", "امروز", "نیز", "همچنین", "سپس", "بامداد", "صبح", "عصر", "ظهر", "شامگاه")

// buildingNouns are the nouns of building or opening something (ساخت،
// احداث، راه‌اندازی، افتتاح، تکمیل): the facility after them is a
// project the text reports, not a body taking part in it.
var keySettingUp = persianKey("راه‌اندازی")

// keyEntering is «وارد» of «وارد ... شد»; arrivalPlaces are the heads of
// the terminals a visitor arrives at, named as places there.
var (
	keyEntering   = persianKey("وارد")
	arrivalPlaces = keySet("فرودگاه", "پایانه", "ایستگاه", "بندر")
)

// keyDistrictArea and keyJudicial read «حوزه قضایی».
var (
	keyDistrictArea = persianKey("حوزه")
	keyJudicial     = persianKey("قضایی")
)

var buildingNouns = keySet("ساخت", "احداث", "راه‌اندازی", "افتتاح", "تکمیل", "ایجاد", "تاسیس", "تأسیس")

// facilityHeads are the head nouns of a building or plant, which a
// project builds or opens (درمانگاه، بیمارستان، نیروگاه).
var facilityHeads = keySet("بیمارستان", "درمانگاه", "مرکز", "پایگاه", "آزمایشگاه", "کارخانه", "نیروگاه", "پالایشگاه",
	"مجتمع", "کلینیک", "هنرستان", "مدرسه", "بخش", "ساختمان", "سالن", "کتابخانه", "موزه", "راه‌آهن",
	// zones and estates a plan creates: «ایجاد منطقه ویژه اقتصادی X»، «احداث شهرک صنعتی X»
	"منطقه", "شهرک", "فرهنگسرا", "فرهنگسرای")

// lineHeads name a railway's body (راه‌آهن ناحیه X) and a railway line
// (راه‌آهن X - Y): from one place to another, the name is the line's.
var lineHeads = keySet("راه‌آهن")

// lineBetweenPlaces reports a dash and a place at j, after the place a
// line's name ends with: «راه‌آهن چابهار - زاهدان» is a line, a project.
func lineBetweenPlaces(ts []token, j int) bool {
	if j+1 >= len(ts) || !ts[j].punct || !strings.ContainsAny(ts[j].text, "-–—ـ") {
		return false
	}
	return placeLen(ts, j+1) > 0
}

// placeOnlyHeads name no body when only a place follows them: «مرکز
// اصفهان» is the province's centre, «اداره» before a town's name alone is
// the running of it (or a common word spelled like a town); a body of
// theirs says what it is the office or centre of (اداره ورزش کاشان).
var placeOnlyHeads = keySet("مرکز", "اداره")

// centreOfPlace and centreOfAbstract follow «مرکز» as the middle of a
// place (مرکز شهر X، مرکز استان) or of a matter (مرکز توجه، مرکز ثقل):
// no centre that is a body.
var (
	centreOfPlace = keySet("شهر", "استان", "شهرستان", "کشور", "روستا", "بخش",
		// with the indefinite «ی»: «X مرکز شهرستانی است که ...»
		"شهرستانی", "استانی", "کشوری", "بخشی")
	centreOfAbstract = keySet("توجه", "ثقل", "ثقلِ", "اصلی", "عمده")
)

// numberedWords take a number as part of a body's name: «شهرداری منطقه
// ۳»، «لشکر ۹۲ زرهی»، «شعبه ۱۲»; so do the article, note and clause of
// a law that names a commission (کمیسیون ماده ۱۰۰، کمیسیون تبصره ۵ ماده ۵).
var numberedWords = keySet("ماده", "تبصره", "بند", "منطقه", "ناحیه", "شعبه", "لشکر", "تیپ", "کلانتری", "پاسگاه", "یگان", "قرارگاه", "پایگاه", "واحد", "شماره", "ناوگان", "گردان", "هنگ", "بخش", "مجتمع", "پالایشگاه", "فاز", "سکو", "اسکله", "ترمینال")

// pluralHeads are the heads whose plural before a list of names is one
// body per name, with the head each is named with.
var pluralHeads = loadPhrases("plural_heads.txt")

// gluedPluralHead reports a plural head noun written as one token
// (بانک‌های، شرکتهای) and the key of its singular.
func gluedPluralHead(key string) (string, bool) {
	for _, suf := range [...]string{keyPluralHay, keyPluralHa} {
		if sing, ok := strings.CutSuffix(key, suf); ok && pluralHeads.has(sing) {
			return sing, true
		}
	}
	return "", false
}

// maxPluralItemWords bounds the words of one name in a plural head's list.
const maxPluralItemWords = 2

// pluralHeadList reads «HEADها A، B و C [PLACE]» from j, where i is the
// plural head: a list of at least two names, each one or two plain words,
// gives one body per name under the singular head, with the place after
// the list. It returns the end of the list, or 0 when there is none.
func (a *analysis) pluralHeadList(i, j int, singKey string) int {
	ts := a.toks
	if !pluralHeads.has(singKey) {
		return 0
	}
	sing := pluralHeads.vals[singKey]
	type item struct{ start, end int }
	var items []item
	k, joined := j, false
	// «دانشگاه‌های سمنان و شاهرود»: a list of places names one body of
	// each place.
	places := placeLen(ts, j) > 0
	for k < len(ts) && ts[k].sent == ts[i].sent && len(items) < maxOrgTokens {
		s := k
		if places {
			k += placeLen(ts, k)
		} else {
			for k < len(ts) && k-s < maxPluralItemWords && a.pluralItemWord(k) {
				k++
			}
		}
		if k == s {
			return 0
		}
		items = append(items, item{s, k})
		if k < len(ts) && (ts[k].text == "،" || ts[k].text == ",") && !joined {
			k++
			continue
		}
		if k < len(ts) && ts[k].key == keyAnd && !joined {
			joined = true
			k++
			continue
		}
		break
	}
	if !joined || len(items) < 2 || k < len(ts) && compassWords[ts[k].key] {
		return 0 // «دانشگاه‌های جامع و اثرگذار شمال کشور» describes a side of the country
	}
	end, place, placeName := k, "", ""
	if places {
		for _, it := range items {
			name := a.text(it.start, it.end)
			a.orgs = append(a.orgs, orgMention{start: it.start, end: it.end, name: sing + " " + name, head: sing, place: name})
		}
		for c := i; c < end; c++ {
			a.orgCover[c] = true
		}
		return end
	}
	if k < len(ts) && (ts[k].key == keyProvince || ts[k].key == keyCounty || ts[k].key == keyCity) {
		if n, _ := placeAt(ts, k+1); n > 0 {
			end, place, placeName = k+1+n, a.text(k, k+1+n), a.text(k+1, k+1+n)
		}
	} else if n, _ := placeAt(ts, k); n > 0 {
		end, place = k+n, a.text(k, k+n)
		placeName = place
	}
	for _, it := range items {
		name := sing + " " + a.text(it.start, it.end)
		if place != "" {
			name += " " + place
		}
		a.orgs = append(a.orgs, orgMention{start: it.start, end: it.end, name: name, head: sing, place: placeName})
	}
	for c := i; c < end; c++ {
		a.orgCover[c] = true
	}
	return end
}

// pluralItemWord reports a word that can name one body of a plural head's
// list: a plain word, no stop word, place, side of the country, head,
// role, title, person or generic qualifier (شرکت‌های دولتی و خصوصی are no
// named bodies).
func (a *analysis) pluralItemWord(k int) bool {
	ts := a.toks
	t := ts[k]
	if isOrgStop(t) || t.key == keyAnd || a.personCover[k] || a.titleAt(k) > 0 || genericAdjectives[t.key] || compassWords[t.key] ||
		isPlural(t) || t.key == keyProvince || t.key == keyCounty || t.key == keyCity || t.key == keyCountry {
		return false
	}
	if n, _ := placeAt(ts, k); n > 0 {
		return false
	}
	if n, _ := headNouns.at(ts, k); n > 0 {
		return false
	}
	return roleWordsAt(ts, k) == 0 && !startsCompoundVerb(ts, k)
}

// acronymLongForm returns a body's name with its acronym written out
// («آبفای استان X» → «شرکت آب و فاضلاب استان X», «سازمان صمت استان X» →
// «سازمان صنعت، معدن و تجارت استان X»), or "" when it holds none. The
// acronym starts the name, or follows the head word its long form starts
// with.
func acronymLongForm(name string) string {
	w := strings.Fields(name)
	if len(w) < 2 {
		return ""
	}
	if k := persianKey(name); acronyms.has(k) && len(w) == 2 {
		return acronyms.vals[k] // «آبفای کشور»: a short name whose long form is not the head's plus the rest
	}
	for start := 0; start <= 1; start++ {
		for n := min(2, len(w)-1-start); n >= 1; n-- {
			k := persianKey(strings.Join(w[start:start+n], " "))
			if !acronyms.has(k) {
				continue
			}
			long := acronyms.vals[k]
			if start == 1 {
				lw := strings.Fields(long)
				if len(lw) == 0 || persianKey(lw[0]) != persianKey(w[0]) {
					continue
				}
			}
			return long + " " + strings.Join(w[start+n:], " ")
		}
	}
	return ""
}

// staffOf returns the key of the body «ستاد X» is the headquarters of,
// X, when X starts with a head noun of a command (فرماندهی، سپاه، قرارگاه,
// ...), else "".
func staffOf(name string) string {
	w := strings.Fields(name)
	if len(w) < 3 || persianKey(w[0]) != keyStaff || !commandHeads[persianKey(w[1])] {
		return ""
	}
	return persianKey(strings.Join(w[1:], " "))
}

var (
	keyGulf  = persianKey("خلیج")
	keyIran  = persianKey("ایران")
	keyStaff = persianKey("ستاد")
	// commandHeads head the bodies whose headquarters is «ستاد X».
	commandHeads = keySet("فرماندهی", "سپاه", "قرارگاه", "لشکر", "تیپ", "ناحیه", "نیروی", "ارتش", "پلیس", "مرزبانی")
)

// bodyParts are a head noun and the next word that name no body of their
// own: a body's boards and assemblies (the board of directors or trustees
// of a company or university is a part of it), and common nouns that start
// with a head noun (بانک اطلاعات، دفتر کار، گروه سنی).
var bodyParts = keySet("هیئتعلمی", "هیاتعلمی", "هیئتمدیره", "هیاتمدیره", "هیأتمدیره", "هیئترئیسه", "هیاترئیسه", "هیئتامنا", "هیئتامنای", "هیاتامنا", "هیاتامنای",
	"مجمععمومی", "مجمععالی", "مجمعانتخاباتی", "مجمعانتخابات", "هیئتهمراه", "هیاتهمراه", "بانکاطلاعات", "بانکاطلاعاتی", "دفترکار", "گروهسنی", "گروهخونی", "مرکزتماس",
	"دفترخاطرات", "دفترشعر", "دفترتلفن")

// boardNouns are the parts of bodyParts that meet and decide as bodies
// of their own: a board of directors, of trustees, a presiding board.
var boardNouns = keySet("هیئتمدیره", "هیاتمدیره", "هیأتمدیره", "هیئترئیسه", "هیاترئیسه", "هیئتامنا", "هیئتامنای", "هیاتامنا", "هیاتامنای")

// meetingNouns are the nouns of a session or of what it decides, before
// the body that holds it (جلسه هیئت‌مدیره شرکت X، مصوبه هیئت‌امنای X).
var meetingNouns = keySet("جلسه", "نشست", "اجلاس", "اجلاسیه", "مصوبه", "مصوبات", "جلسات", "نشستهای", "انتخابات")

// findMeetingBoards lists a body's board named as the holder of a
// session or decision («جلسه هیئت‌مدیره شرکت X»، «مصوبه هیئت‌امنای
// دانشگاه X») as a body of its own, under the name of the body it is of;
// «رئیس هیئت‌مدیره شرکت X» holds a post of the company and names none.
func (a *analysis) findMeetingBoards() {
	ts := a.toks
	for i := 1; i < len(ts); i++ {
		if !meetingNouns[ts[i-1].key] && !meetingWithAt(ts, i-1) {
			continue
		}
		n := 0
		switch {
		case boardNouns[ts[i].key]:
			n = 1 // «هیئت‌مدیره» written as one word
		case i+1 < len(ts) && boardNouns[ts[i].key+ts[i+1].key]:
			n = 2
		}
		if n == 0 {
			continue
		}
		if o := a.orgAt(i + n); o != nil {
			a.addOrg(i, o.end, a.text(i, i+n), o.place)
		} else if hn := a.bareHeadAt(i + n); hn > 0 {
			a.addOrg(i, i+n+hn, a.text(i, i+n), "") // «نشست هیئت‌امنای دانشگاه که ...»: the board of the body the report is about
		}
	}
}

// keyGroup is «گروه», an academic department after its head's post.
var keyGroup = persianKey("گروه")

// groupPhrasePrepositions go on with a field's phrase (مبارزه با ...،
// پیشگیری از ...), which a department's name is not cut inside.
var groupPhrasePrepositions = keySet("با", "از", "برای", "به")

// maxGroupWords bounds the words of a department's field.
const maxGroupWords = 6

// findAcademicGroups lists the department a head's post names: «مدیر
// گروه مهندسی عمران بوده است» is «گروه مهندسی عمران», and «مدیر گروه
// فیزیک دانشکده علوم پایه» the department of that faculty; a bare
// faculty after the field («... باغبانی دانشکده بوده») is the report's.
func (a *analysis) findAcademicGroups() {
	ts := a.toks
	for i := 1; i+1 < len(ts); i++ {
		if ts[i].key != keyGroup || a.orgCover[i] || ts[i+1].sent != ts[i].sent {
			continue
		}
		post := ts[i-1].key == keyManager
		end := 0
		for j := i + 1; j < len(ts) && j <= i+maxGroupWords && ts[j].sent == ts[i].sent; j++ {
			t := ts[j]
			if o := a.orgAt(j); o != nil && j > i+1 {
				if a.bareHeadAt(j) == 0 && (post || ts[j].key == keyFaculty) {
					// «... دانشکده علوم پایه»: the faculty it belongs to;
					// with no head's post before it, «گروه X دانشکده Y»
					// is a department by the faculty it is of.
					end = o.end
				}
				break
			}
			if groupPhrasePrepositions[t.key] {
				end = 0 // «مدیر گروه پیشگیری و مبارزه با ...»: a phrase the field goes on with, not read here
				break
			}
			if t.punct || t.digit || isOrgStop(t) && t.key != keyAnd || a.personCover[j] || a.titleAt(j) > 0 {
				break
			}
			if n, _ := headNouns.at(ts, j); n > 0 {
				break
			}
			if t.key != keyAnd {
				end = j + 1
			}
		}
		if end > i+1 && (post || ts[end-1].sent == ts[i].sent && a.facultyEnds(i, end)) {
			a.addOrg(i, end, ts[i].text, "")
		}
	}
}

// keyFaculty is «دانشکده», the faculty.
var keyFaculty = persianKey("دانشکده")

// facultyEnds reports a faculty's name closing the department's words from
// i to end: «گروه X دانشکده Y».
func (a *analysis) facultyEnds(i, end int) bool {
	for j := i + 2; j < end; j++ {
		if a.toks[j].key == keyFaculty {
			return true
		}
	}
	return false
}

// bareHeadAt returns the length of a head noun at j that names no body of
// its own, referring to the one the report is about: a mark, a stop word or
// a verb follows it (جلسه هیئت‌امنای دانشگاه که ...); 0 otherwise.
func (a *analysis) bareHeadAt(j int) int {
	ts := a.toks
	if j >= len(ts) || a.covered(j) {
		return 0
	}
	hn, _ := headNouns.at(ts, j)
	if hn == 0 || j+hn > len(ts) {
		return 0
	}
	if j+hn == len(ts) {
		return hn
	}
	t := ts[j+hn]
	if t.sent != ts[j].sent || t.punct || isOrgStop(t) || isVerbLike(t.key) {
		return hn
	}
	return 0
}

// unitHeads are head nouns of a territorial unit: right after another
// head noun (سپاه ناحیه X، شهرداری منطقه X) they name the unit the body
// serves, not a body of their own.
var unitHeads = keySet("ناحیه", "منطقه", "حوزه", "شعبه", "واحد")

// gluedNumberHead reports a numbered head noun with its number glued on
// (لشکر۳، شعبه۱۲).
func gluedNumberHead(t token) bool {
	k := strings.TrimRight(t.key, "0123456789")
	return k != t.key && k != "" && numberedWords[k] && headNouns.has(k)
}

// inTitle reports a token inside a rank or honorific that starts before
// it (the «ستاد» of «سرتیپ دوم ستاد»).
func (a *analysis) inTitle(i int) bool {
	for b := max(0, i-maxTitleTokens+1); b < i; b++ {
		if a.titleAt(b) > i-b {
			return true
		}
	}
	return false
}

// findOrgs finds the bodies named in an article: each starts at a head noun
// (سازمان، کانون، شرکت ...) and runs until a stop word, a punctuation mark,
// a role, a person's title, or just after a place name. Names nested in
// others (the سازمان in «کارگروه ... سازمان ...») are found too.
func (a *analysis) findOrgs() {
	ts := a.toks
	a.findSourceAgency()
	headEnd := 0 // the end of the last head noun phrase
	for i := 0; i < len(ts); i++ {
		if ts[i].punct {
			continue
		}
		hn, _ := headNouns.at(ts, i)
		if hn == 0 && !a.covered(i) {
			if sing, ok := gluedPluralHead(ts[i].key); ok {
				if end := a.pluralHeadList(i, i+1, sing); end > 0 {
					i = end - 1
				}
				continue
			}
		}
		if hn > 1 && roleWordsAt(ts, i) == 1 {
			if n2, _ := headNouns.at(ts, i+1); n2 >= hn {
				// «دبیر خانه کارگر»: a post, then a body whose head starts
				// with the word that would glue on to it (دبیرخانه).
				continue
			}
		}
		if hn == 1 && surnameStemAt(ts, i) {
			hn = 0 // «محمد سپاه پور»: a surname's stem, no body
		}
		if _, ok := a.r24eHeadSurnameAt(i); ok && hn == 1 {
			hn = 0 // «کاوه کلانتری رامسری، …»: a surname's first part typed apart
		}
		if hn == 0 && gluedNumberHead(ts[i]) {
			hn = 1 // «لشکر۳»: a numbered head with its number glued on
		}
		if hn == 0 && (bankBranchAt(ts, i) || branchByLocaleAt(ts, i)) {
			hn = 1 // «شعبه مرکزی بانک X»: a bank's branch is a body
		}
		if i < headEnd || i == headEnd && i > 0 && (unitHeads[ts[i].key] || a.agencyOwnName(i, hn)) && a.orgCover[i] {
			// «شورای» inside «مجلس شورای اسلامی» is the name's own word;
			// «ناحیه X» right after «سپاه» is the unit that body is of;
			// «صدا و سیما» right after «خبرگزاری» the agency's own name
			// (agencyOwnName).
			hn = 0
		} else if hn > 0 {
			headEnd = i + hn
		}
		if hn == 0 && !a.covered(i) {
			if cn := provinceChannelAt(ts, i); cn > 0 {
				a.addOrg(i, i+cn, "", "") // «شبکه کردستان رتبه نخست را کسب کرد»: the province's channel
				i += cn - 1
				continue
			}
		}
		if hn == 0 {
			if kn, _ := knownBodies.at(ts, i); kn > 0 && !(kn == 1 && surnameStemAt(ts, i)) && a.knownBodyStandsAlone(i, kn) && !afterPluralHead(ts, i) {
				a.addOrg(i, i+kn, "", "")
			}
			continue
		}
		if i > 0 && (isDeterminer(ts[i-1].key) || isCount(ts[i-1]) && !unitNumber(ts, i-1) && !a.lineBreakBefore(i) || isSuperlative(ts[i-1]) || r25cSpacedSuperlative(ts, i-1) || isPrenominalOrdinal(ts[i-1]) && !sessionHeads[ts[i].key]) {
			// «این سازمان» refers back; «سه دبیرخانه» counts; «بزرگترین مرکز
			// ...»، «نخستین روزنامه استانی X» describe; but «هفتمین شورای
			// اداری شهرستان X» is a board's seventh session, the board named
			if i+hn < len(ts) && kindAdjectives[ts[i+hn].key] && ts[i+hn].sent == ts[i].sent {
				i += hn // «۱۷ شرکت تعاونی X»: the kind of the bodies counted, no body of its own
			}
			continue
		}
		if a.inTitle(i) {
			continue // «امیر سرتیپ دوم ستاد X»: the last word of a rank
		}
		if inQuotedProgram(ts, i) {
			continue // «طرح «مسجد، کانون محله»»: a program's name
		}
		if charityAdjective(ts, i) {
			continue // «انجمن خیریه X»: the kind of the body named before
		}
		if i+hn < len(ts) && surnameEndWords[ts[i+hn].key] {
			continue // «مهدی دانشگاه پور»: a surname's ending typed apart, no body
		}
		if i > 0 && buildingNouns[ts[i-1].key] && facilityHeads[ts[i].key] {
			continue // «ساخت درمانگاه X»: a facility being built is a project, not a body
		}
		if i > 0 && ts[i-1].key == keyIn && ts[i].key == keyDistrictArea && i+1 < len(ts) && ts[i+1].key == keyJudicial {
			continue // «پرونده‌ها در حوزه قضایی X تشکیل شد»: the court's district as the place things happen
		}
		if i > 0 && (ts[i-1].key == keyStation || r18bStationBefore(ts, i)) && stationLines[ts[i].key] {
			continue // «در ایستگاه راه‌آهن X برگزار شد»: the station is a place, the railway no body here
		}
		if i > 0 && ts[i-1].key == keyEntering && arrivalPlaces[ts[i].key] {
			continue // «وارد فرودگاه X شد»: the place a visitor arrives at
		}
		if i > 0 && ts[i-1].key == keySettingUp {
			continue // «راه‌اندازی دفتر X تا پایان ماه»: an office still to be set up is none yet
		}
		if ts[i].key == keyCommand && i > 0 && commandPrepositions[ts[i-1].key] && i+1 < len(ts) && unitOfCommand[ts[i+1].key] {
			continue // «جایگزین X در فرماندهی سپاه Y شد»: the command is the post, the body is the unit
		}
		if openedUnitHeads[ts[i].key] && a.openedSubject(i) || schoolHeads[ts[i].key] && a.schoolOpened(i) {
			continue // «درمانگاه X با حضور ... افتتاح شد»: the facility opened is a project
		}
		if i+hn < len(ts) && bodyParts[ts[i].key+ts[i+hn].key] {
			continue // «هیئت مدیره شرکت X» is a part of شرکت X, found on its own
		}
		if i > 0 && !ts[i-1].punct {
			if rn, _ := roleWords.at(ts, i-1); rn > 1 {
				continue // «عضو هیئت علمی»: the head noun is a word of the post
			}
		}
		if i+hn < len(ts) && (ts[i+hn].key == keyPluralHa || ts[i+hn].key == keyPluralHay) {
			// «بانک های استان» is a plural; «بانک های ملت و تجارت» two banks.
			if end := a.pluralHeadList(i, i+hn+1, ts[i].key); end > 0 {
				i = end - 1
			}
			continue
		}
		head := a.text(i, i+hn)
		if i > 0 {
			if end := quotedNameEnd(ts, i-1); end > i+hn+1 {
				if facilityHeads[ts[i].key] && a.builtAfter(end) {
					i = end - 1 // «"مرکز X" ... راه‌اندازی می‌شود»: a facility to be built is a project
					continue
				}
				a.addOrg(i, end-1, head, "") // «مرکز نوآوری صنعت و دانشگاه»: a quoted name is whole
				i = end - 1
				continue
			}
		}
		qAt := i + hn
		for qAt < i+hn+2 && qAt < len(ts) && ts[qAt].sent == ts[i].sent && kindAdjectives[ts[qAt].key] {
			qAt++ // «شرکت دانش‌بنیان «X»»: the company's kind, then its name in quotes
		}
		if end := quotedNameEnd(ts, qAt); end > 0 {
			place := ""
			if n := placeLen(ts, end); n > 0 && ts[end].sent == ts[i].sent {
				place = a.text(end, end+n) // «انجمن «X» شاهرود»: the place after the quoted name
				end += n
			}
			a.addOrg(i, end, head, place) // «شرکت «فولاد سبز»»: the name in quotes
			i = end - 1
			continue
		}
		j := i + hn
		// A body's own name as head (بسیج کارگری) takes only a place after it.
		// So does a national force's acronym (فراجا استان X).
		properName := hn > 1 && knownBodies.has(persianKey(head)) || nationalAcronyms[ts[i].key]
		place, generic := "", ""
		plural := false
		andAt := -1
		numbered := false // a unit's number closes the name as a place does: «شرکت X و Y منطقه ۳»
		acronymAt := -1   // the bracketed acronym inside the name: «سازمان X (صمت) استان Y»
		listed := false   // the name went on past a comma: «وزارت بهداشت، درمان و آموزش پزشکی»
		termAt := -1      // the term of a board, skipped: «هیئت‌رئیسه دوره جدید شورای X»
		if kn := closedBodyAt(ts, i); kn > hn {
			// «وزارت بهداشت، درمان و آموزش پزشکی اعتبار ...»: the head starts
			// a national body's whole name; only its place follows.
			j = i + kn
			properName = true
		}
	loop:
		for j < len(ts) && j-i < maxOrgTokens {
			t := ts[j]
			if t.sent != ts[i].sent {
				break
			}
			switch {
			case t.punct:
				if n := bracketBlessing(ts, j); n > 0 {
					j += n
					continue
				}
				if n := bracketShortName(ts, j); n > 0 && acronymAt < 0 && place == "" && j > i+hn && a.placeOpensAt(j+n, ts[i].sent) {
					// «سازمان صنعت، معدن و تجارت (صمت) استان X»: the
					// acronym of the name's words, then its place.
					acronymAt = j
					j += n
					continue
				}
				if place == "" && (hn > 1 || j > i+hn) && a.commaListContinues(j, ts[i].key == keyMinistry || ts[i].key == keyCommission && parliamentFollows(ts, j)) {
					// «دانشگاه، رفاه دانشجویان و ...»: a one-word head alone lists no words.
					j++ // «میراث فرهنگی، گردشگری و صنایع‌دستی»
					listed = true
					continue
				}
				break loop
			case listEndsAtHead(ts, i, j, listed):
				break loop // «وزارت ...، درمان و آموزش پزشکی بیمارستان X»: the list's last item ends the name
			case t.key == keyAnd && j > i+hn && binomialAt(ts, j-1) > 0:
				j += binomialAt(ts, j-1) - 1 // «حمل و نقل»: one term, not two names
				continue
			case t.key == keyAnd && andAt < 0 && i+hn+1 < j && ts[i+hn].key == keyJoint && a.jointPartner(j+1):
				andAt = j // «کمیته مشترک شهرداری و اداره X»: the joint body names both partners
				j++
				continue
			case t.key == keyAnd:
				if !a.continuesAfterAnd(j) || andAt >= 0 && j-andAt <= 1 {
					break loop
				}
				if j == i+hn || headNouns.has(ts[j-1].key) && !a.andReachesPlace(j) {
					break loop // «کانون و ...»، «اداره کل و ...»: a head noun alone, then a clause
				}
				andAt = j
				j++
				continue
			case (t.key == keyPluralHa || t.key == keyPluralHay) && j > i+hn:
				j++ // «فرآورده های»: the plural ending written apart
				continue
			case j == i+hn && dateNamedHeads[ts[i].key] && dateNameAt(ts, j):
				j += 2 // «بیمارستان ۱۷ شهریور آمل»: a day of the calendar names the institution
				continue
			case j > i && unitNumber(ts, j):
				j++ // «شهرداری منطقه ۳»: the number is part of the name
				numbered = true
				continue
			case j > i && ts[j-1].key == keyCriminal && courtClasses[t.key]:
				j++ // «دادگاه کیفری یک استان X»: the criminal court's class
				continue
			case j > i && numberedWords[ts[j-1].key] && numberWords[t.key]:
				j++ // «شهرداری منطقه دو شاهرود»: the number written as a word
				continue
			case t.key == keyIn && (officeHeads[ts[i].key] || ts[i].key == keyBranch && j > i+hn+1) && j > i+hn && placeLen(ts, j+1) > 0:
				// «دفتر ایسنا در گیلان»: an office's place after «در»; so a
				// branch's («شعبه مرکزی بانک X در Y»).
				n := placeLen(ts, j+1)
				place = a.text(j+1, j+1+n)
				j += 1 + n
				break loop
			case t.key == keyIn && officeHeads[ts[i].key] && j > i+hn && j+2 < len(ts) && ts[j+2].sent == t.sent &&
				(ts[j+1].key == keyProvince || ts[j+1].key == keyCounty || ts[j+1].key == keyCity) && placeLen(ts, j+2) > 0:
				// «دفتر نماینده ولی فقیه در استان X»: the place word, then the place.
				n := placeLen(ts, j+2)
				place = a.text(j+2, j+2+n)
				j += 2 + n
				break loop
			case t.key == keyIn && j > i+hn && j+1 < len(ts) && ts[j+1].sent == t.sent && headNounsAt(ts, j+1) > 0 && representationIn(ts, i, j):
				j++ // «نهاد نمایندگی ... در دانشگاه X»: the representation's body is of its name
				continue
			case j >= i+hn && t.key == keyTerm && j+2 < len(ts) && ts[j+2].sent == t.sent && termAt < 0 && (isOrdinalWord(ts[j+1]) || termAdjectives[ts[j+1].key]) &&
				boardOfBody(head) && headNounsAt(ts, j+2) > 0:
				// «هیئت نمایندگان دوره جدید اتاق X»: the board of the body
				// named after its term; the term is no word of the name.
				termAt = j
				j += 2
				continue
			case j >= i+hn && t.key == keyTerm && j+1 < len(ts) && ts[j+1].sent == t.sent && isOrdinalWord(ts[j+1]):
				break loop // «هیئت نمایندگان X دوره دهم»: the body's term, not its name
			case j >= i+hn && t.key == keySpecialFor && forPersonsAt(ts, j+1) && !careWords[ts[j-1].key]:
				break loop // «همایش قوه قضاییه ویژه قضات»: «ویژه» (for) and the persons it is for
			case j > i+hn && a.prepositionInName(j):
				j++ // «دفتر ارتباط با صنعت»: the preposition of the name's noun
				continue
			case j > i+hn && t.key == keyFriday && fridayPrayerWords[ts[j-1].key]:
				j++ // «شورای سیاستگذاری ائمه جمعه استان X»: Friday prayers, no weekday
				continue
			case j > i+hn && lightVerbs.has(t.key) && (isPersonsPlural(ts[j-1]) || strings.HasSuffix(ts[j-1].key, "یان") && utf8.RuneCountInString(ts[j-1].key) >= 6) && j+1 < len(ts) && ts[j+1].sent == t.sent &&
				(ts[j+1].key == keyProvince || ts[j+1].key == keyCounty || placeLen(ts, j+1) > 0):
				j++ // «ستاد ... کمک به زندانیان نیازمند استان X»: the adjective of the persons the body serves
				continue
			case j > i+hn && brandMonthAt(ts, i, j):
				j++ // «شرکت لبنیات کوهسار آذر»: a month's name that is a given name too ends a brand
				break loop
			case j > i+hn && serviceCodeAt(ts, j):
				j++ // «مرکز فوریت‌های برق ۱۲۱ X»: the service's code, then the place
				continue
			case j > i+hn && a.occasionInName(j):
				j += 2 // «ستاد گرامیداشت هفته بسیج»: the occasion marked, no date
				continue
			case j > i+hn && r19bZincInName(ts, j):
				j++ // «صنایع سرب و روی»: zinc, no preposition
				continue
			case j >= i+hn && r25cSpacedCompoundLen(ts, j) > 0:
				j += r25cSpacedCompoundLen(ts, j) // «شورای گفت و گوی …»: «گفت‌وگو» typed apart is a noun of the name
				continue
			case isOrgStop(t) && !a.verbStemNoun(j) && !a.nounStopInName(j) && !dataNounAt(ts, j) && !(j > i+hn && ezafeComplement(ts, j)) && !cargoAt(ts, j):
				break loop
			case j >= i+hn && (startsCompoundVerb(ts, j) || a.verbalNounBeforePassive(j)):
				break loop
			case j == i+hn && hn == 1 && bareVowelHead(ts[i]) && !(j+1 < len(ts) && (t.key == keyProvince || t.key == keyCounty) && placeLen(ts, j+1) > 0):
				// «شورا انتخاب ...»: a head without its «ی» takes no name after
				// it, but its place («آبفا استان X»).
				break loop
			case j == i+hn && bareKnownBody(ts, i, hn) && placeLen(ts, j) == 0 && !placeWords[ts[j].key]:
				break loop // «صداوسیما رتبه نخست ...»: a body's whole name without its «ی» ends there
			case j == i+hn && a.r20CLocalOfficeThenObject(i, j):
				break loop // «استانداری پیشرفت این همکاری را ...»: the office, then the object's noun
			case j == i+hn && a.localOfficeVerbalNoun(i, j):
				break loop // «استانداری پیگیری ساخت جاده را ...»: the office, then the clause's verbal noun
			case j > i+hn && a.speakerAfterName(j):
				break loop // «رئیس دانشگاه X کامران نیک‌فر گفت»: the holder's name after the body's
			case j > i+hn && projectObjectAt(ts, j):
				break loop // «قرارگاه X پروژه را تحویل داد»: the project is the object
			case j >= i+hn && a.subjectOfHeldEvent(j):
				break loop // «با حضور رئیس دانشگاه X کارگاه آموزشی برگزار شد»: the event is the subject
			case j > i+hn && isPerfectParticiple(ts, j):
				break loop // «دانشکده فنی بازگشته است»: the perfect's participle
			case j >= i+hn && participleBeforePassive(ts, j) && !dataNounAt(ts, j):
				break loop // «در بودجه شهرداری دیده خواهد شد»: the passive's participle
			case j > i+hn && outletHeads[ts[i].key] && outletVerbs[t.key]:
				break loop // «روزنامه خراسان نوشت»: the report's verb
			case j > i+hn && clauseNouns.has(t.key):
				break loop // «بانک X حامی ...»: the predicate's noun
			case j >= i+hn && (isSuperlative(t) || isPrenominalOrdinal(t)):
				break loop // «بانک X نخستین شعبه ...»: the adjective goes before the next noun
			case j > i+hn && j+1 < len(ts) && isReflexive(ts[j+1].key):
				break loop // «بیمارستان X کار خود را ...»: the noun «خود» owns is the clause's
			}
			if j == i+hn && ts[i].key == keyNewsAgency {
				// «خبرگزاری مهر فیلم را منتشر کرد»: a listed agency's name
				// ends it, unless its province's centre or a place follows.
				if n, _ := outlets.at(ts, j); n > 0 && j+n < len(ts) && ts[j+n].sent == ts[j].sent && !ts[j+n].punct &&
					ts[j+n].key != keyCentre && ts[j+n].key != keyProvince && placeLen(ts, j+n) == 0 {
					j += n
					break
				}
				if n, _ := outlets.at(ts, j); n > 0 && (j+n >= len(ts) || ts[j+n].sent != ts[j].sent || ts[j+n].punct) {
					j += n // «خبرگزاری میزان - زنجان؛»: the agency's listed name, a common word too, then a mark
					break
				}
			}
			if j > i && nationalAcronyms[t.key] && !placeNext(ts, j+1) {
				j++ // «مرزبانی فراجا»: a national force's acronym closes the name as the country would
				break
			}
			if n := republicAt(ts, j); n > 0 {
				place = a.text(j, j+n) // «جمعیت هلال احمر جمهوری اسلامی ایران»: the country closes the name
				j += n
				break
			}
			if kn := closedBodyAt(ts, j); kn > 0 && j > i && !t.punct {
				// «کمیسیون X مجلس شورای اسلامی پیگیر ...»: a national body's
				// whole name closes the name, but for its place.
				j += kn
				if !a.placeFollows(j) {
					break
				}
				continue
			}
			if properName && !a.placeFollows(j) && !(j == i+hn && ts[i].key == keyBasij && ts[j].key == keyUniversity) {
				break // «بسیج دانشجویی دانشگاه X»: the Basij of a university names it
			}
			if n, _ := roleWords.at(ts, j); n > 0 {
				if j == i+hn && ts[i].key == keyBureau && officePosts[a.keyOf(j, j+n)] {
					j += n // «دفتر نماینده ولی فقیه در استان X»، «دفتر امام جمعه X»: the office of a post is a body
					continue
				}
				break
			}
			if n := a.titleAt(j); n > 0 && !weakTitles.has(ts[j].key) && !(j == i+hn && namesakeTitles[ts[j].key]) && !(j == i+hn && a.doctorNamesake(i, j)) {
				break
			}
			if j > i+hn && a.portAt(j) {
				// «شرکت تعاونی صیادان بندر X»: «بندر» and the word after it
				// name a port town, the body's place.
				place = a.text(j+1, j+2)
				j += 2
				break
			}
			if n, prov := placeAt(ts, j); n > 0 && (republicAt(ts, j+n) > 0 || prov && t.key == keyCentral && (ts[i].key == keyBranch || a.centralAdjective(j) || centralDistrict(ts, j))) {
				j += n // «بانک مرکزی جمهوری اسلامی ایران»، «شعبه مرکزی بانک X»: a province's name as an adjective
				continue
			} else if n > 0 && j == i+1 && ts[i].key == keyBranch && j+n < len(ts) && ts[j+n].sent == ts[i].sent && branchOf[ts[j+n].key] {
				j += n // «شعبه X بانک Y»: the branch's town, then the bank it is of
				continue
			} else if n > 0 {
				place = a.text(j, j+n)
				j += n
				if j < len(ts) && ts[j].key == keyGreat {
					j++
				}
				if outletHeads[ts[i].key] && a.outletWordAfterPlace(j) {
					j++ // «روزنامه اصفهان امروز»: a paper's name goes on past its town
					place = ""
					break
				}
				// «دانشگاه فنی کرمان بم»: a province's name used as an
				// adjective, then the city.
				if prov {
					if cn := cityAt(ts, j); cn > 0 && ts[j].sent == ts[i].sent {
						place = a.text(j, j+cn)
						j += cn
					}
				} else if pn, _ := provinces.at(ts, j); pn > 0 && ts[j].sent == ts[i].sent &&
					persianKey(cities.vals[persianKey(place)]) == a.keyOf(j, j+pn) {
					j += pn // «فولاد مبارکه اصفهان»: the city, then its own province
				}
				if n, p := a.companyNameGoesOn(i, j); n > 0 {
					// «شرکت صنایع غذایی الف زنجان»: a place of the brand, then the company's
					j += n
					if p != "" {
						place = p
					}
				}
				break
			}

			if pluralPlaces[t.key] {
				plural = true // «بسیج مهندسین شهرستانهای استان» are many bodies
				break
			}
			if t.key == keyProvince || t.key == keyCounty || t.key == keyCity {
				j++
				if j < len(ts) && (ts[j].key == keyPluralHa || ts[j].key == keyPluralHay) {
					plural = true // «کانونهای ... شهرستان های استان» are many bodies
					break
				}
				if n, _ := placeAt(ts, j); n > 0 {
					place = a.text(j, j+n)
					j += n
				} else if t.key != keyProvince && a.townPlace(j) {
					place = ts[j].text // «آبفای شهرستان X» of a town the article names, though no list holds it
					j++
				} else {
					generic = t.key
				}
				break
			}
			if t.key == keyCountry || t.key == keyIran && j > i+hn {
				// «شرکت ملی پالایش ایران» ends with the country; «شرکت ایران
				// خودرو» is named by it.
				place = t.text
				j++
				break
			}
			j++
		}
		if plural {
			if kn, _ := knownBodies.at(ts, i); kn > hn {
				a.addOrg(i, i+kn, head, "") // «شورای عالی استان‌ها»: a national body named by its plural
				i += kn - 1
			}
			continue
		}
		if lineHeads[persianKey(head)] && place != "" && lineBetweenPlaces(ts, j) {
			continue
		}
		if placedHeads[persianKey(head)] && (place == "" || j != i+hn+len(strings.Fields(place))+1) {
			continue // «پوشش بیمه سلامت روستاییان»: the cover, not the insurer
		}
		if ts[i].key == keyBranches && i > 0 && pluralPosts.has(ts[i-1].key) {
			// «مدیران شعب بانک X»: the holders of many branches, who may
			// meet, but no body to list.
			a.addOrg(i, j, head, place).unlisted = true
			i = j - 1
			continue
		}
		if missionHeads[ts[i].key] && j > i+hn && j+1 < len(ts) && ts[j].key == keyIn && ts[j+1].sent == ts[i].sent && a.missionCity(j+1) {
			j += 2 // «سفارت جمهوری اسلامی ایران در X»: the city the mission sits in
		}
		bracket := 0
		if j < len(ts) && ts[j].sent == ts[i].sent {
			bracket = bracketShortName(ts, j) // «خبرگزاری دانشجویان ایران (ایسنا)»
			j += bracket
		}
		if andAt >= 0 && place == "" && !numbered && j-bracket-andAt-1-r23cGenericClose(ts, j-bracket, generic) > maxWordsAfterAnd && !parentHeadAfterAnd(ts, andAt, j) {
			j = andAt // a long run after «و» is a new clause, not the name
		}
		for j > i+hn && (ts[j-1].key == keyAnd) {
			j--
		}
		if j == i+hn {
			if kn, _ := knownBodies.at(ts, i); kn == hn || localOffices.has(persianKey(head)) {
				a.addOrg(i, j, head, "")
			}
			continue
		}
		if j == i+hn+1 && genericAdjectives[ts[i+hn].key] && !(facultyHeads[ts[i].key] && ts[i+hn].key == keyTechnical) {
			continue // «بیمارستان محلی»، «شرکت مربوطه»: no name
		}
		if j == i+hn+1 && isOrdinalWord(ts[i+hn]) && !unitHeads[ts[i].key] && !numberedWords[ts[i].key] {
			continue // «اعضای شورای ششم»: a body's term, no name
		}
		if hb := a.bareHeadAt(i + hn); hn == 1 && hb > 0 && j == i+1+hb && !boardOfBody(head) && !knownBodies.has(ts[i+1].key) && !knownBodies.has(persianKey(a.text(i+1, j))) {
			// «دفتر شرکت»، «شورای کانون»، «ستاد اداره کل»: a part of the
			// body the report is about, unnamed; listed only as a short
			// form of a full name.
			a.addOrg(i, j, head, "").unlisted = true
			continue
		}
		if ts[i].key == keyCentre && i+hn < j && (centreOfPlace[ts[i+hn].key] || centreOfAbstract[ts[i+hn].key]) {
			continue // «در مرکز شهر X»، «مرکز توجه»: the middle of a place or of a matter, no body
		}
		if ts[i].key == keyCentre && regionOfPlace(ts, i+hn, j) {
			continue // «مرکز تجاری شمال استان» describes a place, it names no body
		}
		if placeOnlyHeads[ts[i].key] && (place != "" && j-i == 1+len(strings.Fields(place)) || generic != "" && j-i == 2 || a.capitalOfProvince(i, j, place) ||
			j-i == 2 && markedTowns.has(ts[i+1].key)) {
			continue // «مرکز اصفهان» is a provincial centre, «اداره محلات» the running of a town: no body
		}
		if acronymAt >= 0 && (acronymAt+3 >= j || place == "" && generic == "") {
			// The place did not close the name after all: the acronym
			// ends it, as after a name it always does.
			j = acronymAt + 3
			acronymAt = -1
		}
		if facilityHeads[ts[i].key] && hn > 1 && generic != "" && j == i+hn+1 {
			continue // «ساختمان مجتمع قضایی شهرستان»: an unnamed facility of the county
		}
		inPlural := false
		if i > 1 && pluralOfHeadBefore(ts, i) {
			o := a.orgCovering(i - 1)
			inPlural = o != nil && o.start == i-2 // the plural right after the union's head
		}
		m := a.addOrg(i, j, head, place)
		m.genericPlace = generic
		if inPlural {
			// «اتحادیه شرکت‌های تعاونی روستایی شهرستان X»: the kind of the
			// many bodies the union is of, inside its name, is no body.
			m.unlisted = true
		}
		if i > 0 && ts[i-1].key == keyMayor && unitHeads[ts[i].key] && i+1 < j && ts[i+1].digit {
			// «شهردار ناحیه ۴ منطقه ۱۶»: the district's municipality,
			// «شهرداری ناحیه ۴ منطقه ۱۶», is the body the mayor runs.
			m.name = roleBodies.vals[keyMayor] + " " + m.name
		}
		if unitHeads[ts[i].key] && hn == 1 && j == i+2 && place == "" && generic == "" && (ts[i+1].digit || numberWords[ts[i+1].key]) {
			// «سرپرست ناحیه یک»: a numbered unit alone is the short
			// form of the body it is a unit of («اداره X ناحیه یک Y»).
			m.unlisted = true
		}
		if r19bBareLocalityEnd(ts, i, j, hn, place, generic) {
			m.unlisted = true // «مسجد جامع روستا»: the village's, named elsewhere or not at all
		}
		if pluralOfficeHeads[persianKey(head)] {
			// «ادارات کل A و B استان X»: the offices of several fields,
			// each a body of its own, none this name.
			m.unlisted = true
		}
		if termAt >= 0 && termAt+2 < j {
			m.name = unglueNumber(a.text(i, termAt) + " " + a.text(termAt+2, j))
		}
		if acronymAt >= 0 {
			// The name is the long form without its acronym; the form
			// with it is another form of the same name.
			m.bracketed = m.name
			m.name = unglueNumber(a.text(i, acronymAt) + " " + a.text(acronymAt+3, j))
		} else if bracket > 0 && termAt < 0 && j-bracket > i+hn {
			// «خبرگزاری دانشجویان ایران (ایسنا)»: the long form is the
			// name, the short name in brackets another form of it.
			m.bracketed = a.text(j-2, j-1)
			m.name = unglueNumber(a.text(i, j-bracket))
		}
	}
	a.nameShortFormsByLongForm()
	a.cutObjectsBeforeRa()
	a.cutBareHeadBeforeObject()
	a.cutObjectBeforeDeterminer()
	a.findDistrictsBeforeMunicipality()
	a.findZonesBeforeEducation()
	a.findMeetingBoards()
	a.findAcademicGroups()
	a.findResearchDivisions()
	a.findPublicRelationsLines()
	a.markServiceTails()
	a.findBanksOfBranches()
	a.markBoardsOfThings()
	a.sharePlaceAfterAnd()
	a.placeGenericByFullName()
	a.placeGenericByHome()
	a.nameBareHeadAtEnd()
	a.nameCooperativeUnions()
	a.nameFieldShortForms()
	a.findHandedOverOffices()
	a.nameOutletsInFull()
	a.findTrusteeBoards()
	a.nameNumberedUnitsByOffice()
	a.r18bChamberShortForms()
	a.r18bProvinceTrusteeBoards()
}

// ceremonyOfPost names the ceremony of a post's handover (تودیع، معارفه).
var ceremonyOfPost = keySet("تودیع", "معارفه")

// findHandedOverOffices lists the local office whose head's handover a
// report tells with no holder named at the post: «آیین تودیع و معارفه
// دادستان عمومی و انقلاب شهرستان X» is of «دادسرای عمومی و انقلاب
// شهرستان X», the office handed over, though elsewhere a bare post
// («با حضور فرماندار X») lists none.
func (a *analysis) findHandedOverOffices() {
	ts := a.toks
	for i := 1; i < len(ts); i++ {
		if !ceremonyOfPost[ts[i-1].key] || a.orgCover[i] {
			continue
		}
		n, prefix := roleBodies.at(ts, i)
		if n == 0 || !localOfficePrefixes[persianKey(prefix)] {
			continue
		}
		end, place, _ := a.nameExtent(i + n)
		if place == "" || end <= i+n {
			continue
		}
		for k := i + n; k < end; k++ {
			if ts[k].punct || ts[k].key == keyNew || a.orgCover[k] {
				place = ""
			}
		}
		if place == "" {
			continue
		}
		a.orgs = append(a.orgs, orgMention{start: i, end: end, name: prefix + " " + a.text(i+n, end), head: prefix, place: place})
		i = end - 1
	}
}

// backReferredHeads are the heads a report refers back to its own body by
// («ستاد شرکت»، «کارگروه ... شرکت»); a force's name (سپاه، پلیس) is the
// whole force's, not one of its units.
var backReferredHeads = map[string]string{
	persianKey("شرکت"):    persianKey("شرکت"),
	persianKey("شورا"):    persianKey("شورای"),   // «کمیسیون عمران شورا» of «شورای اسلامی شهر X»
	persianKey("دانشگاه"): persianKey("دانشگاه"), // «دانشکده پزشکی دانشگاه» of «دانشگاه علوم پزشکی X»
}

// nameBareHeadAtEnd names the bare head a body's name ends with by the
// one body of the article under that head with a place: «کارگروه X
// شرکت» in a report of «شرکت گاز استان Y» is «کارگروه X شرکت گاز استان
// Y», the form as written kept as another form of its name.
func (a *analysis) nameBareHeadAtEnd() {
	ts := a.toks
	for x := range a.orgs {
		o := &a.orgs[x]
		if o.end-o.start < 3 || o.place != "" || o.genericPlace != "" || o.bracketed != "" || o.end > len(ts) {
			continue
		}
		last := ts[o.end-1]
		headKey := backReferredHeads[last.key]
		if headKey == "" || ts[o.end-2].key == keyAnd || headKey == keyUniversity && !facultyHeads[ts[o.start].key] {
			continue // «معاونت پژوهش دانشگاه» is written so; «دانشکده پزشکی دانشگاه» is the university's faculty
		}
		// The body of that head named most often before it, the report's
		// own; none when two are named as often.
		count := map[string]int{}
		first := map[string]*orgMention{}
		for _, later := range []bool{false, true} { // r24c: a headline's short form, none before it, by the bodies named after it
			for y := range a.orgs {
				f := &a.orgs[y]
				if f.place == "" || f.end-f.start < 2 || f.start < 0 || f.start >= o.start != later || ts[f.start].key != headKey || later && !a.r24cOpensReport(o.start) {
					continue
				}
				k := persianKey(f.name)
				count[k]++
				if first[k] == nil {
					first[k] = f
				}
			}
			if len(count) > 0 {
				break
			}
		}
		var full *orgMention
		best, tie := 0, false
		for k, n := range count {
			switch {
			case n > best:
				best, tie, full = n, false, first[k]
			case n == best:
				tie = true
			}
		}
		if full == nil || tie {
			continue
		}
		o.bracketed = o.name
		o.name = a.text(o.start, o.end-1) + " " + full.name
		o.place = full.place
	}
}

// placeGenericCounty names a body spelled out with «شهرستان» alone by the
// report's own county when the report names it, else by the county named
// last in its sentence or the one before: «شورای کشاورزی شهرستان» in a
// report from Azna is «شورای کشاورزی شهرستان ازنا».
func (a *analysis) placeGenericCounty() {
	ts := a.toks
	home := false // the report names its own county
	for _, p := range a.placeSpans {
		if !p.province && a.city != "" && persianKey(p.name) == persianKey(a.city) {
			home = true
		}
	}
	for x := range a.orgs {
		o := &a.orgs[x]
		if o.genericPlace != keyCounty || o.place != "" || o.end-o.start < 3 || o.end > len(ts) || ts[o.end-1].key != keyCounty ||
			o.start > 0 && isDeterminer(ts[o.start-1].key) {
			continue
		}
		if isDeterminer(ts[o.end-2].key) {
			continue // «... این شهرستان»: read with the post
		}
		city := a.city
		if !home {
			city = a.placeBefore(o.start, false)
		}
		if near := a.nearPlacedForm(o); near != "" {
			city = near // «جانشین فرماندهی انتظامی شهرستان» after the county just named, of the two the report names
		} else if city == "" || a.placedFormOf(o) {
			continue
		}
		o.bracketed = o.name
		o.name = a.spacedHead(o) + " " + city
		o.place = city
		o.genericPlace = ""
	}
}

// spacedHead returns o's name with a head typed glued («ادارهکل») written
// as the head list spells it («اداره کل»): the name o is given is then
// the same as the one its fuller forms are written with.
func (a *analysis) spacedHead(o *orgMention) string {
	t := a.toks[o.start]
	listed := headNouns.keys[t.key]
	if !strings.Contains(listed, " ") || strings.Contains(t.text, " ") || !strings.HasPrefix(o.name, t.text) {
		return o.name
	}
	return listed + strings.TrimPrefix(o.name, t.text)
}

// placedFormOf reports another mention of the article with a place that
// holds every word of o before its «استان»/«شهرستان» («اداره کل ورزش و
// جوانان استان یزد» for «ادارهکل ورزش و جوانان استان»، «سازمان صنعت ...
// (صمت) استان یزد» for «سازمان صمت استان»): a fuller or another form of
// the body, which it joins when assembled.
func (a *analysis) placedFormOf(o *orgMention) bool {
	ts := a.toks
	for y := range a.orgs {
		f := &a.orgs[y]
		if f == o || f.place == "" {
			continue
		}
		fk := strings.ReplaceAll(persianKey(f.name+" "+f.bracketed), " ", "")
		all := true
		for k := o.start; k < o.end-1 && all; k++ {
			if !ts[k].punct && !strings.Contains(fk, strings.ReplaceAll(ts[k].key, " ", "")) {
				all = false
			}
		}
		if all {
			return true
		}
	}
	return false
}

// placeGenericByHome names a body spelled out with «استان» alone that no
// fuller mention places by the article's own province: «سازمان زندان‌ها
// ... استان» in a report from Qom is the province's («... استان قم»), the
// form as written kept as another form of its name.
func (a *analysis) placeGenericByHome() {
	a.placeGenericCounty()
	if a.province == "" {
		return
	}
	// Only a report that names its province, and no other: the province
	// a report is filed from may not be the one a body serves.
	named := false
	for _, p := range a.placeSpans {
		if !p.province || persianKey(p.name) == keyCentral && (p.start == 0 || a.toks[p.start-1].key != keyProvince) {
			continue // «زندان مرکزی»: the adjective, no province
		}
		if persianKey(p.name) != persianKey(a.province) {
			return
		}
		named = true
	}
	if !named {
		return
	}
	for x := range a.orgs {
		o := &a.orgs[x]
		if o.genericPlace != keyProvince || o.place != "" || o.end-o.start < 3 || a.toks[o.end-1].key != keyProvince ||
			a.toks[o.end-2].key == keyPluralHa || a.toks[o.end-2].key == keyPluralHay || isPlural(a.toks[o.end-2]) {
			continue // «شورای هماهنگی بانک‌های استان»: the province's many bodies
		}
		if a.placedFormOf(o) {
			continue // the fuller form is named: the bodies join when assembled
		}
		if provinceWorkingBoards[persianKey(o.head)] {
			continue // «کارگروه زیربنایی استان»: a board of the province's council, named as written
		}
		o.bracketed = o.name
		o.name = a.spacedHead(o) + " " + a.province
		o.place = a.province
		o.genericPlace = ""
	}
}

// provinceWorkingBoards are the heads of a working group, a commission or
// a secretariat: one named with «استان» alone («کارگروه زیربنایی استان»،
// «دبیرخانه شورای برنامه‌ریزی استان») is a part of a provincial council,
// no office of the province's own, and keeps the name as written. A
// committee or a headquarters (کمیته امداد، ستاد اقامه نماز) may be an
// office with a branch in each province, and is not among them.
var provinceWorkingBoards = keySet("کارگروه", "کمیسیون", "دبیرخانه")

// placeGenericByFullName names a body spelled out with «استان»/«شهرستان»
// alone by the one fuller mention of the article that adds a place to the
// very same words («شورای اداری شهرستان» after «شورای اداری شهرستان X»),
// though no list holds that place.
func (a *analysis) placeGenericByFullName() {
	var stems map[string]int // the words before an unlisted place → the mention, -1 when several differ
	for x := range a.orgs {
		o := &a.orgs[x]
		if o.genericPlace == "" || o.place != "" {
			continue
		}
		if stems == nil {
			stems = map[string]int{}
			for y := range a.orgs {
				f := &a.orgs[y]
				pk := persianKey(f.place)
				if f.place == "" || (cities.has(pk) || provinces.has(pk) || placeLen(a.toks, f.end-1) > 0) && !towns.has(pk) {
					continue // a listed place: the bodies join by it when assembled; a town (towns.txt) does not
				}
				stem, ok := strings.CutSuffix(persianKey(f.name), pk)
				if !ok {
					continue
				}
				if k, seen := stems[stem]; seen && k >= 0 && persianKey(a.orgs[k].name) != persianKey(f.name) {
					stems[stem] = -1
				} else if !seen {
					stems[stem] = y
				}
			}
		}
		y, ok := stems[persianKey(o.name)]
		if !ok || y < 0 || y == x {
			continue
		}
		f := &a.orgs[y]
		o.bracketed = o.name // the form as written, another form of the name
		o.name = f.name
		o.place = f.place
		o.genericPlace = ""
	}
}

// keyGovernorateOffice is «استانداری», the one local office of a province.
var keyGovernorateOffice = persianKey("استانداری")

// sharePlaceAfterAnd gives a bare local office joined by «و» to a body
// closed by a place that place, which both share: «فرمانداری و شهرداری
// X» names «فرمانداری X»، «شهرداری و شورای اسلامی شهر X» «شهرداری X». A
// governorate takes a province only, the other offices a town only.
func (a *analysis) sharePlaceAfterAnd() {
	ts := a.toks
	for x := range a.orgs {
		o := &a.orgs[x]
		if o.end-o.start != 1 || o.place != "" || !localOffices.has(ts[o.start].key) || o.end+1 >= len(ts) || ts[o.end].key != keyAnd {
			continue
		}
		p := a.orgAt(o.end + 1)
		if p == nil || p.place == "" || p.start != o.end+1 {
			continue
		}
		k := persianKey(p.place)
		if ts[o.start].key == keyGovernorateOffice && !provinces.has(k) || ts[o.start].key != keyGovernorateOffice && !cities.has(k) {
			continue
		}
		o.name += " " + p.place
		o.place = p.place
	}
	// «اداره کل بهزیستی و کمیته امداد ... استان X»: a directorate named
	// with no place, joined by «و» to a body closed by its province, is the
	// directorate of that province.
	for x := range a.orgs {
		o := &a.orgs[x]
		if o.place != "" || o.genericPlace != "" || o.end-o.start < 3 || persianKey(o.head) != keyDirectorate || o.end+1 >= len(ts) || ts[o.end].key != keyAnd {
			continue
		}
		p := a.orgAt(o.end + 1)
		if p == nil || p.place == "" || p.start != o.end+1 || !provinces.has(persianKey(p.place)) {
			continue
		}
		w, pw := persian.Words(p.name), persian.Words(p.place)
		if len(w) <= len(pw) || persianKey(w[len(w)-len(pw)-1]) != keyProvince {
			continue
		}
		o.name += " " + w[len(w)-len(pw)-1] + " " + p.place
		o.place = p.place
	}
}

// townPlace reports a word at j that the article gives as a town though
// no list holds it: the place of its dateline («X- ایرنا-»، «X - Y:»), or
// a word that follows two different words of a town's offices or places
// («بخشدار X» and «شهرداری X»، «بخش X» and «شهر X»).
func (a *analysis) townPlace(j int) bool {
	ts := a.toks
	if j >= len(ts) || ts[j].punct || ts[j].digit || stopWords.has(ts[j].key) || isOrgStop(ts[j]) {
		return false
	}
	if a.townWords == nil {
		a.townWords = map[string]bool{}
		before := map[string]string{} // a word → the first town word seen before it
		for k := 1; k < len(ts); k++ {
			if isDash(ts[k]) && !ts[k-1].punct && (k == 1 || ts[k-2].sent != ts[k].sent) && k+1 < len(ts) && ts[k+1].sent == ts[k].sent {
				a.townWords[ts[k-1].key] = true
			}
			t := ts[k]
			if !townOpeners[ts[k-1].key] || t.punct || t.digit || t.sent != ts[k-1].sent || commonWords.has(t.key) || isOrgStop(t) ||
				genericAdjectives[t.key] || formerWords[t.key] || isDeterminer(t.key) ||
				headNounsAt(ts, k) > 0 || roleWordsAt(ts, k) > 0 || placeLen(ts, k) > 0 {
				continue
			}
			if b, ok := before[t.key]; !ok {
				before[t.key] = ts[k-1].key
			} else if b != ts[k-1].key {
				a.townWords[t.key] = true
			}
		}
	}
	return a.townWords[ts[j].key]
}

// townOpeners are the words a town's name follows: its places and the
// offices and posts named by it (شهر X، بخش X، بخشدار X، شهرداری X).
var townOpeners = keySet("شهر", "شهرستان", "بخش", "دهستان", "بخشدار", "بخشداری", "شهردار", "شهرداری", "فرماندار", "فرمانداری")

// agencyOwnName reports a head of hn words at i right after «خبرگزاری»
// that ends the agency's name there («به گزارش خبرگزاری صدا و سیما از
// X»): the agency's own name, no body of its own. With a centre or place
// after it («خبرگزاری صدا و سیما مرکز X») the broadcaster is named too.
func (a *analysis) agencyOwnName(i, hn int) bool {
	if hn == 0 || i == 0 || a.toks[i-1].key != keyNewsAgency {
		return false
	}
	o := a.orgCovering(i)
	ts := a.toks
	// «به گزارش خبرگزاری صدا و سیما مرکز X»: the source is the agency's
	// provincial centre, its name too.
	source := i >= 3 && ts[i-2].key == keyReport && ts[i-3].key == keyTo
	if o == nil || o.start != i-1 || o.end != i+hn && !(source && o.end > i+hn+1 && ts[i+hn].key == keyCentre) {
		return false
	}
	e := o.end
	return !(e+1 < len(ts) && ts[e].text == "،" && ts[e+1].key == keyCentre) // «خبرگزاری X، مرکز Y» names the centre too
}

var (
	keyBasij      = persianKey("بسیج")
	keyUniversity = persianKey("دانشگاه")
)

// afterPluralHead reports a plural of bodies right before i, or one word
// before it («پایگاه‌های مقاومت بسیج»): the body named after it is what
// those many bodies are of, not named alone.
func afterPluralHead(ts []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2 && ts[k].sent == ts[i].sent && !ts[k].punct; k-- {
		for _, suf := range [...]string{keyPluralHay, keyPluralHa} {
			if sing, ok := strings.CutSuffix(ts[k].key, suf); ok && sing != "" && startsHead(sing) {
				return true
			}
		}
		if (ts[k].key == keyPluralHa || ts[k].key == keyPluralHay) && k > 0 && startsHead(ts[k-1].key) {
			return true // «پایگاه های مقاومت بسیج»: the plural ending typed apart
		}
	}
	return false
}

// pluralOfHeadBefore reports a head noun's plural glued on right before
// i («شرکت‌های تعاونی»، «انجمن‌های علمی»).
func pluralOfHeadBefore(ts []token, i int) bool {
	k := i - 1
	if ts[k].sent != ts[i].sent || ts[k].punct {
		return false
	}
	for _, suf := range [...]string{keyPluralHay, keyPluralHa} {
		if sing, ok := strings.CutSuffix(ts[k].key, suf); ok && sing != "" && headNouns.has(sing) {
			return true
		}
	}
	return false
}

// startsHead reports a word that is a head noun or starts one (پایگاه of
// «پایگاه مقاومت»).
func startsHead(key string) bool {
	if placeWords[key] {
		return false // «معاون امور استان‌های X»: the places a post is of
	}
	_, ok := headNouns.look[key]
	return ok
}

// kindAdjectives tell the kind of a company or association between its
// head and its quoted name (شرکت دانش‌بنیان «X»، شرکت تعاونی «Y»).
var kindAdjectives = keySet("دانش‌بنیان", "دانشبنیان", "تعاونی", "خصوصی", "سهامی", "عام", "خاص", "مردم‌نهاد", "مردمنهاد", "خیریه")

// keyPublicRelations is «روابط عمومی», a body's public-relations office.
var keyPublicRelations = persianKey("روابط") + " " + persianKey("عمومی")

// keyAnnounced is «اعلام», in «بر اساس اعلام روابط عمومی X»: the office
// cited as the report's source by its own name.
var keyAnnounced = persianKey("اعلام")

// datelineDash reports a dash at k closing a dateline's place at the
// start of a sentence («قزوین - روابط عمومی X: ...»).
func datelineDash(ts []token, k int) bool {
	if k < 1 || !ts[k].punct || ts[k].text != "-" && ts[k].text != "–" && ts[k].text != "—" {
		return false
	}
	n, _ := placeAt(ts, k-1)
	if n == 0 {
		if k < 2 {
			return false
		}
		n, _ = placeAt(ts, k-2)
		if n != 2 {
			return false
		}
		return k-2 == 0 || ts[k-3].sent != ts[k].sent
	}
	return k-1 == 0 || ts[k-2].sent != ts[k].sent
}

// findPublicRelationsLines lists the public-relations office a page names
// on a line of its own («روابط عمومی دانشگاه X» as the page's masthead):
// the office that publishes the report, a body besides the one it is of.
// «به گزارش روابط عمومی X» in the lead cites it without naming it so.
func (a *analysis) findPublicRelationsLines() {
	ts := a.toks
	n := len(a.orgs)
	for x := 0; x < n; x++ {
		o := a.orgs[x]
		i := o.start - 2
		if i < 0 || ts[i].key+" "+ts[i+1].key != keyPublicRelations || a.orgCover[i] {
			continue
		}
		lineStart := i == 0 || ts[i-1].sent != ts[i].sent || datelineDash(ts, i-1)
		lineEnd := o.end == len(ts) || ts[o.end].sent != ts[i].sent || ts[o.end].text == ":"
		cited := i > 0 && ts[i-1].key == keyAnnounced
		if !(lineStart && lineEnd || cited) {
			continue
		}
		// «ارومیه- روابط عمومی استانداری:»: the office of a body named by
		// its bare head is only a short form of a fuller name.
		hn, _ := headNouns.at(ts, o.start)
		bare := hn > 0 && hn == o.end-o.start && o.place == "" && o.genericPlace == ""
		a.orgs = append(a.orgs, orgMention{start: i, end: o.end, name: a.text(i, o.end), head: a.text(i, i+2), place: o.place, unlisted: bare})
		a.orgCover[i], a.orgCover[i+1] = true, true
	}
}

// markServiceTails marks the mentions nested in a longer one, and those of a force's service branch
// (نیروی زمینی، نیروی دریایی ...) that a longer body's name holds, and the
// mentions inside any branch's name: the branch is named there as what
// the unit belongs to, the force as what the branch is of. Each token is read once: the furthest end reached by a
// mention starting before a token is carried along.
func (a *analysis) markServiceTails() {
	n := len(a.toks)
	longest := make([]int, n+1) // the furthest end of a mention starting at a token
	outer := make([]int, n+1)   // the same, over the mentions that are no board of a body
	for _, o := range a.orgs {
		if o.start >= 0 && o.start < n && o.end > longest[o.start] {
			longest[o.start] = o.end
		}
		if o.start >= 0 && o.start < n && o.end > outer[o.start] && !boardOfBody(o.head) {
			outer[o.start] = o.end
		}
	}
	branch := make([]int, n+1) // the same, over the mentions of a branch (شعبه)
	for _, o := range a.orgs {
		if o.start >= 0 && o.start < n && o.end > branch[o.start] && a.toks[o.start].key == keyBranch {
			branch[o.start] = o.end
		}
	}
	reach := make([]int, n+1) // the furthest end of a mention starting before a token
	within := make([]int, n+1)
	inBranch := make([]int, n+1)
	for k := 1; k <= n; k++ {
		reach[k] = max(reach[k-1], longest[k-1])
		within[k] = max(within[k-1], outer[k-1])
		inBranch[k] = max(inBranch[k-1], branch[k-1])
	}
	tailEnd := make([]int, n+1) // the end of the nested service branch covering a token
	for _, o := range a.orgs {
		if o.start < 0 || o.start >= n || o.end > n || a.toks[o.start].key != keyForce {
			continue
		}
		from := o.start + 1 // the force inside a branch's name («سپاه» in «نیروی زمینی سپاه»)
		if reach[o.start] >= o.end || longest[o.start] > o.end {
			from = o.start
		}
		for k := from; k < o.end; k++ {
			tailEnd[k] = max(tailEnd[k], o.end)
		}
	}
	for k := range a.orgs {
		o := &a.orgs[k]
		o.serviceTail = o.start >= 0 && o.start < n && tailEnd[o.start] >= o.end
		o.nested = o.start > 0 && o.start <= n && within[o.start] >= o.end
		if o.nested && officeFieldHeads[persianKey(o.head)] && a.inFieldOffice(o) {
			// «جهاد کشاورزی شهرستان» in «اداره جهاد کشاورزی شهرستان»،
			// «مرکز خدمات جهاد کشاورزی X»: the field the office serves,
			// a form only of a body the text names on its own.
			o.unlisted = true
		}
		if o.start > 0 && o.start <= n && inBranch[o.start] >= o.end {
			// «بانک X» in «شعبه مرکزی بانک X», «دادگاه X» in «شعبه ۱۲
			// دادگاه X»: named there as what the branch is of, a form
			// only of the body when the text names it on its own.
			o.unlisted = true
		}
	}
}

// findBanksOfBranches lists the bank whose units the text names at two
// levels, a branch and a management of its branches, each with a place
// after the bank («مدیریت شعب بانک X استان Y» and «شعبه مرکزی بانک X Z»):
// the text speaks of the bank across its levels, so the bank itself,
// named by its own words with no place, is a body too, the national one
// its units belong to. At one level only it stays a form of its unit.
func (a *analysis) findBanksOfBranches() {
	ts := a.toks
	type bankAt struct{ o, k, hn int }
	var found []bankAt
	levels := map[string]int{} // a bank's words → 1 for a branch, 2 for a branches' management, 3 both
	for x, o := range a.orgs {
		if o.start < 0 || o.end > len(ts) {
			continue
		}
		level := 0
		for k := o.start; k < o.end && k <= o.start+3; k++ {
			if ts[k].key == keyBranch {
				level = 1
				break
			}
			if ts[k].key == keyBranches {
				level = 2
				break
			}
		}
		if level == 0 {
			continue
		}
		for k := o.start + 1; k < o.end; k++ {
			if ts[k].key != keyBank {
				continue
			}
			if hn, _ := headNouns.at(ts, k); hn >= 2 && k+hn < o.end && (placeLen(ts, k+hn) > 0 || placeWords[ts[k+hn].key]) {
				found = append(found, bankAt{x, k, hn})
				levels[a.keyOf(k, k+hn)] |= level
			}
			break
		}
	}
	have := map[[2]int]bool{}
	for _, o := range a.orgs {
		have[[2]int{o.start, o.end}] = true
	}
	for _, f := range found {
		k, hn, o := f.k, f.hn, a.orgs[f.o]
		if levels[a.keyOf(k, k+hn)] != 3 {
			continue // one level only: the bank is what its unit is of, a form only
		}
		// The bank named with the branch's place («بانک X Y» in
		// «شعبه مرکزی بانک X Y») is the bank alone.
		shrunk := false
		for y := range a.orgs {
			if m := &a.orgs[y]; m.start == k && m.end > k+hn && m.end <= o.end {
				m.end, m.name, m.place, m.genericPlace = k+hn, a.text(k, k+hn), "", ""
				m.unlisted, m.nested = false, false
				shrunk = true
			}
		}
		if !shrunk && !have[[2]int{k, k + hn}] {
			a.orgs = append(a.orgs, orgMention{start: k, end: k + hn, name: a.text(k, k+hn), head: a.text(k, k+hn)})
		}
		have[[2]int{k, k + hn}] = true
	}
}

// thingBoardHeads are the heads of a working board that may be set up
// for a thing, an agreement, a plan or a project, rather than a body.
var thingBoardHeads = keySet("کمیته", "کارگروه", "ستاد", "کمیسیون", "دبیرخانه")

// markBoardsOfThings marks a working board named by its head and a word
// and then «این» and a noun that is no body («نخستین جلسه کمیته راهبری
// این تفاهم‌نامه»، «کارگروه فنی این طرح»): the board of the thing told
// before, unnamed, a form only of a body named otherwise.
func (a *analysis) markBoardsOfThings() {
	ts := a.toks
	for k := range a.orgs {
		o := &a.orgs[k]
		e := o.end
		if o.start < 0 || e+1 >= len(ts) || o.place != "" || o.genericPlace != "" || !thingBoardHeads[ts[o.start].key] ||
			ts[e].key != keyThis || ts[e].sent != ts[o.start].sent || ts[e+1].sent != ts[e].sent {
			continue
		}
		if next := ts[e+1]; next.punct || next.digit || stopWords.has(next.key) || isVerbLike(next.key) || headNounsAt(ts, e+1) > 0 || placeLen(ts, e+1) > 0 || a.orgCover[e+1] {
			continue
		}
		o.unlisted = true
	}
}

// officeFieldHeads are head nouns that name a field of government, which news
// uses for the field's local office (جهاد کشاورزی X) and which inside a
// longer name only says what that office serves.
var officeFieldHeads = keySet("جهاد کشاورزی", "آموزش و پرورش", "بهزیستی")

// fieldOfficeHeads are the first words of an office that serves a field
// (اداره جهاد کشاورزی X، مرکز خدمات جهاد کشاورزی X), unlike an
// association of the field's people (کانون بازنشستگان آموزش و پرورش X),
// whose parent the field's office is.
var fieldOfficeHeads = keySet("اداره", "مرکز", "سازمان", "مدیریت", "معاونت")

// inFieldOffice reports whether o lies inside a field's office's name.
func (a *analysis) inFieldOffice(o *orgMention) bool {
	for y := range a.orgs {
		f := &a.orgs[y]
		if f.start < o.start && f.end >= o.end && f.start >= 0 && fieldOfficeHeads[a.toks[f.start].key] {
			return true
		}
	}
	return false
}

// centralAdjective reports «مرکزی» at j used as the adjective «central»
// inside a name, not the province: plain words of the name follow it
// (سازمان مرکزی خدمات X), where the province ends the name.
func (a *analysis) centralAdjective(j int) bool {
	ts := a.toks
	k := j + 1
	if k >= len(ts) || ts[k].sent != ts[j].sent {
		return false
	}
	if kn, _ := knownBodies.at(ts, j-1); kn == 2 {
		return false // «بانک مرکزی»: the body's whole name
	}
	t := ts[k]
	if k+1 < len(ts) && ts[k+1].key == keyRa {
		return false // «X مرکزی نرخ را ...»: the clause's object follows the name
	}
	if t.punct || t.digit || isOrgStop(t) || isVerbLike(t.key) || lightVerbs.has(t.key) || startsCompoundVerb(ts, k) ||
		a.personCover[k] || a.titleAt(k) > 0 || givenNames.has(t.key) || t.key == keyAnd || t.key == keyProvince || t.key == keyCounty || t.key == keyCity {
		return false
	}
	if n, _ := roleWords.at(ts, k); n > 0 {
		return false
	}
	if n, _ := headNouns.at(ts, k); n > 0 {
		// «دفتر مرکزی جهاد دانشگاهی»، «کمیته مرکزی انجمن X»: the central
		// office of the body after it; after a province's own office
		// (استانداری) «مرکزی» is the province.
		return j > 0 && !localOffices.has(ts[j-1].key) && !provinceOffices[ts[j-1].key] && a.bareHeadAt(k) == 0
	}
	if n, _ := placeAt(ts, k); n > 0 {
		return false
	}
	return true
}

// centralDistrictHeads are «بخش» and its office «بخشداری», after which «مرکزی»
// names the county's central district.
var centralDistrictHeads = keySet("بخش", "بخشداری")

// centralDistrict reports «مرکزی» at j naming a county's central district
// before the county («بخشداری بخش مرکزی شهرستان X»), not the province.
func centralDistrict(ts []token, j int) bool {
	if j < 1 || j+1 >= len(ts) || ts[j+1].sent != ts[j].sent || !centralDistrictHeads[ts[j-1].key] {
		return false
	}
	if ts[j+1].key == keyCounty || ts[j+1].key == keyCity {
		return true
	}
	n, prov := placeAt(ts, j+1)
	return n > 0 && !prov
}

// provinceOffices are the head nouns of a province's own offices, after
// which «مرکزی» is the province.
var provinceOffices = keySet("استانداری", "دادگستری")

// keyJoint is «مشترک»: a joint working group or committee of two bodies.
var keyJoint = persianKey("مشترک")

// jointPartner reports a body's head noun at k, the second partner of a
// joint body's name, in the same sentence.
func (a *analysis) jointPartner(k int) bool {
	ts := a.toks
	if k >= len(ts) || ts[k].sent != ts[k-1].sent || a.personCover[k] {
		return false
	}
	n, _ := headNouns.at(ts, k)
	return n > 0
}

// keyNewsAgency is «خبرگزاری», the head of a news agency's name.
var keyNewsAgency = persianKey("خبرگزاری")

// namesakeTitles are titles of the clerics bodies are named after, right
// after the head noun: «بیمارستان آیت‌الله X» is the hospital's name.
var namesakeTitles = keySet("آیت‌الله", "آیت‌الله‌العظمی", "آیت‌اللّه")

// keyDoctor is «دکتر», the title of the physicians hospitals are named
// after.
var keyDoctor = persianKey("دکتر")

// maxNamesakeWords bounds the words of a namesake's name after «دکتر».
const maxNamesakeWords = 3

// doctorNamesake reports «دکتر» at j right after a hospital's or a
// clinic's head at i, then one to three plain words and the city: «بیمارستان
// دکتر علی شریعتی اصفهان» is named after a physician, while in «رئیس
// بیمارستان دکتر X گفت» the title is the holder's.
func (a *analysis) doctorNamesake(i, j int) bool {
	ts := a.toks
	if ts[j].key != keyDoctor || !namedAfterDoctors[ts[i].key] {
		return false
	}
	for k := j + 1; k < len(ts) && k <= j+maxNamesakeWords+1 && ts[k].sent == ts[j].sent; k++ {
		if n, _ := placeAt(ts, k); n > 0 {
			return k > j+1
		}
		if ts[k].punct || ts[k].digit || isOrgStop(ts[k]) || a.titleAt(k) > 0 {
			return false
		}
	}
	return false
}

// namedAfterDoctors are the heads of the facilities named after a
// physician (بیمارستان دکتر X، درمانگاه دکتر X).
var namedAfterDoctors = keySet("بیمارستان", "درمانگاه", "کلینیک", "زایشگاه")

// boardOfBody reports the head of a body's board (هیئت‌مدیره، هیئت‌امنا،
// هیئت نمایندگان): the body a board is of is listed beside the board.
func boardOfBody(head string) bool {
	k := persianKey(head)
	return boardNouns[k] || k == keyDelegates || k == keyDelegates2
}

var keyDelegates, keyDelegates2 = persianKey("هیئت نمایندگان"), persianKey("هیات نمایندگان")

// capitalOfProvince reports «مرکز استان X» from i to j: the province's
// capital (دادسرای عمومی و انقلاب مرکز استان X is the capital's), not a
// body.
func (a *analysis) capitalOfProvince(i, j int, place string) bool {
	ts := a.toks
	return place != "" && ts[i].key == keyCentre && i+1 < j && ts[i+1].key == keyProvince && j-i == 2+len(strings.Fields(place))
}

// courtClasses are the classes of a criminal court written after
// «کیفری» (دادگاه کیفری یک، دادگاه کیفری دو), where elsewhere a number
// word ends a name.
var courtClasses = keySet("یک", "دو", "۱", "۲")

// outletHeads are the head nouns of printed outlets, whose names often
// hold a town and a word after it (روزنامه کرمان امروز، هفته‌نامه X زیبا).
var outletHeads = keySet("روزنامه", "هفته‌نامه", "ماهنامه", "فصلنامه", "دوهفته‌نامه", "نشریه")

// outletWordAfterPlace reports a word at j, after the town in a printed
// outlet's name, that ends the name: «امروز», or a plain word followed by
// a punctuation mark or a stop word, not a verb or a compound verb's
// noun, a post, a person or another body; a full stop or a colon after
// the word makes it the clause's verb.
func (a *analysis) outletWordAfterPlace(j int) bool {
	ts := a.toks
	if j >= len(ts) || ts[j].sent != ts[j-1].sent || ts[j].punct || ts[j].digit {
		return false
	}
	if ts[j].key == keyToday {
		return true
	}
	t := ts[j]
	if isOrgStop(t) || isVerbLike(t.key) || lightVerbs.has(t.key) || outletVerbs[t.key] || a.personCover[j] || startsCompoundVerb(ts, j) ||
		headNounsAt(ts, j) > 0 || roleWordsAt(ts, j) > 0 || placeLen(ts, j) > 0 || eventWordAt(ts, j) != "" {
		return false
	}
	if j+1 >= len(ts) {
		return false
	}
	next := ts[j+1]
	return next.text == "،" || !next.punct && isOrgStop(next) && !lightVerbs.has(next.key)
}

// outletVerbs are the verbs an outlet's report takes (روزنامه X نوشت): after
// a town they are the clause's verb, not a word of the outlet's name.
var outletVerbs = keySet("نوشت", "نوشته", "نوشتهاست", "مینویسد", "آورد", "آورده", "افزود", "پرداخت", "پرداخته",
	"خواند", "دانست", "گفت", "داد", "کرد")

// headNounsAt returns how many tokens from j make a head noun, or 0.
func headNounsAt(ts []token, j int) int {
	n, _ := headNouns.at(ts, j)
	return n
}

// numberWords are the cardinals written as words that number a unit
// after its noun (منطقه یک، ناحیه دو، فاز سه).
var numberWords = keySet("یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده", "دوازده",
	"سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده", "بیست")

// placeNext reports a place, or «استان»/«شهرستان»/«شهر», at j: the
// province or city a force's branch is of (پلیس راهور فراجا استان X).
func placeNext(ts []token, j int) bool {
	if j >= len(ts) || ts[j].punct {
		return false
	}
	return placeLen(ts, j) > 0 || ts[j].key == keyProvince || ts[j].key == keyCounty || ts[j].key == keyCity
}

// nationalAcronyms are the acronyms whose long form ends with the
// country's name (فراجا، آجا): like «جمهوری اسلامی ایران», they close the
// name of a body of that force.
var nationalAcronyms = func() map[string]bool {
	m := map[string]bool{}
	for k, long := range acronyms.vals {
		if strings.HasSuffix(persianKey(long), persianKey("جمهوری اسلامی ایران")) {
			m[k] = true
		}
	}
	return m
}()

// listEndsAtHead reports a head noun at j after the last item of a
// ministry's comma list (listed), for a name starting at i: a ministry
// is named whole, so the head starts another body («وزارت بهداشت، درمان
// و آموزش پزشکی بیمارستان X»). A head right after «و» or a comma is an
// item of the list; a body under a ministry's name (i at «وزارت», or
// after «وزیر») is one the ministry heads, while other names end with the
// body they belong to («سازمان سیما، منظر و فضای سبز شهری شهرداری X»).
func listEndsAtHead(ts []token, i, j int, listed bool) bool {
	if !listed || j == 0 || ts[j-1].key == keyAnd || ts[j-1].punct {
		return false
	}
	if ts[i].key != keyMinistry && (i == 0 || ts[i-1].key != keyMinister) {
		return false
	}
	return headNounsAt(ts, j) > 0
}

// branchOf are the head nouns whose branches (شعبه) are bodies of their
// own: a bank's or an insurer's branch office.
var branchOf = keySet("بانک", "بیمه")

// numberedBranchOf are the head nouns whose branches are bodies when
// numbered: a court's branch is a bench with its own judge and docket
// («شعبه ۱۲ دادگاه تجدیدنظر استان X»، «شعبه ۳ دادگاه انقلاب X»، «شعبه
// ۱۰۵ دادگاه کیفری دو X»، «شعبه ۵ دیوان عدالت اداری»), and so is a
// numbered branch of social security (شعبه ۲ تأمین اجتماعی X); a branch
// with no number is none. So is a prosecution's numbered branch, an
// investigator's office («شعبه سوم دادسرای عمومی و انقلاب X»، «شعبه ۲
// بازپرسی دادسرای X»).
var numberedBranchOf = keySet("دادگاه", "دیوان", "تأمین", "تامین", "دادسرای", "دادسرا", "بازپرسی")

// bankBranchAt reports «شعبه» at i naming a branch office of a bank or an
// insurer: «شعبه مرکزی بانک X»، «شعبه ۲۴ بانک X»، «شعبه بانک X», or a
// court's numbered branch (شعبه ۱۲ دادگاه X), its number also written as a
// word (شعبه دو تأمین اجتماعی X).
func bankBranchAt(ts []token, i int) bool {
	if ts[i].key != keyBranch {
		return false
	}
	for k := i + 1; k < len(ts) && k <= i+2 && ts[k].sent == ts[i].sent; k++ {
		if branchOf[ts[k].key] || numberedBranchOf[ts[k].key] && k > i+1 && (ts[k-1].digit || isOrdinalWord(ts[k-1]) || numberWords[ts[k-1].key]) {
			return true
		}
		if k == i+2 && ts[k-1].digit && placeLen(ts, k) > 0 {
			return true // «شعبه ۲ X»: a numbered branch of the body the report is about, in its town
		}
		if k == i+1 {
			// «شعبه X بانک Y»: a branch named by its town, then the bank
			if p := placeLen(ts, k); p > 0 && k+p < len(ts) && ts[k+p].sent == ts[i].sent && branchOf[ts[k+p].key] {
				return true
			}
		}
		if ts[k].punct || !ts[k].digit && !(k == i+1 && numberWords[ts[k].key]) && isOrgStop(ts[k]) {
			return false
		}
	}
	return false
}

// namesakes are the historical figures whose names name bodies («تیپ
// سلمان فارسی»، «دانشگاه خواجه نصیرالدین طوسی»).
var namesakes = loadPhrases("namesakes.txt")

// unglueNumber writes the number glued to a name's first word apart from
// it, «لشکر۳ صاحب‌الزمان» as «لشکر ۳ صاحب‌الزمان», so that the name's words
// are those of the same body written with a space.
func unglueNumber(name string) string {
	for k, r := range name {
		if unicode.IsDigit(r) {
			if k > 0 {
				return name[:k] + " " + name[k:]
			}
			return name
		}
		if r == ' ' {
			break
		}
	}
	return name
}

// maxWordsBeforePlace bounds the words between a body's own name and the
// place that ends it (بسیج مهندسین [صنعتی] استان لرستان).
const maxWordsBeforePlace = 3

// republic is the country's full name, which closes a national body's
// name like a place (بانک مرکزی جمهوری اسلامی ایران).
var republic = []string{persianKey("جمهوری"), persianKey("اسلامی"), keyIran}

// republicAt returns the length of «جمهوری اسلامی ایران» at j, else 0.
func republicAt(ts []token, j int) int {
	if j+len(republic) > len(ts) {
		return 0
	}
	for k, w := range republic {
		if ts[j+k].key != w || ts[j+k].sent != ts[j].sent {
			return 0
		}
	}
	return len(republic)
}

// placeFollows reports whether a place, or استان، شهرستان، شهر or کشور,
// starts at j or follows within a few words of one name.
func (a *analysis) placeFollows(j int) bool {
	ts := a.toks
	for k := j; k < len(ts) && k-j <= maxWordsBeforePlace; k++ {
		t := ts[k]
		if republicAt(ts, k) > 0 {
			return true
		}
		if n, _ := placeAt(ts, k); n > 0 {
			return true
		}
		if t.key == keyProvince || t.key == keyCounty || t.key == keyCity || t.key == keyCountry {
			return true
		}
		if t.key == keyCentre && k == j && j > 0 && strings.HasSuffix(ts[j-1].key, ezafeKey) && placeLen(ts, k+1) > 0 {
			return true // «صدا و سیمای مرکز X»: the ezafe joins the body to a province's centre
		}
		if k == j && areaUnits[t.key] && k+1 < len(ts) && ts[k+1].sent == t.sent && placeLen(ts, k+1) > 0 {
			return true // «بسیج سازندگی ناحیه X»: the force's area unit of a town
		}
		if t.punct || t.sent != ts[j].sent || isOrgStop(t) || a.titleAt(k) > 0 || pluralPlaces[t.key] {
			return false
		}
		if n, _ := roleWords.at(ts, k); n > 0 {
			return false
		}
		if n, _ := headNouns.at(ts, k); n > 0 {
			return false
		}
	}
	return false
}

// areaUnits are the units of the Basij and the armed forces named by the
// area of a town they serve (ناحیه X، منطقه X).
var areaUnits = keySet("ناحیه", "منطقه")

// maxDatelineOutletWords bounds the words of an unlisted outlet's name
// between a dateline's dashes.
const maxDatelineOutletWords = 3

// unlistedDatelineOutlet returns the end of an outlet's name no list
// holds, between the dash at k that closes a dateline's place starting a
// sentence at i and a second dash («برازجان- نسیم جنوب- ...»، «ایوان- ایلام
// فردا-»), else 0: plain words only, none a number, a stop word, a head
// noun, a post or a reporter («تهران - خبرنگار ما -»).
func (a *analysis) unlistedDatelineOutlet(i, k int) int {
	ts := a.toks
	if pn, _ := placeAt(ts, i); pn != k-i {
		if mn, _ := markedTowns.at(ts, i); mn != k-i {
			return 0
		}
	}
	for e := k + 1; e < len(ts) && e <= k+1+maxDatelineOutletWords && ts[e].sent == ts[i].sent; e++ {
		t := ts[e]
		if isDash(t) {
			if e == k+1 || e+1 >= len(ts) || ts[e+1].sent != ts[i].sent {
				return 0
			}
			return e
		}
		if t.punct || t.digit || isOrgStop(t) || a.orgCover[e] || t.key == keyReporter || givenNames.has(t.key) && !commonGivenNames.has(t.key) || a.titleAt(e) > 0 {
			return 0 // «سمنان- مریم رضایی-»: a writer's byline
		}
		if n, _ := headNouns.at(ts, e); n > 0 {
			return 0
		}
		if n, _ := roleWords.at(ts, e); n > 0 {
			return 0
		}
	}
	return 0
}

// findSourceAgency reads the source of a lead: «به گزارش خبرنگار مهر»
// names the agency خبرگزاری مهر, «به گزارش صبح‌نیوز،» the outlet itself.
func (a *analysis) findSourceAgency() {
	ts := a.toks
	for i := 0; i+1 < len(ts); i++ {
		if i > 0 && ts[i-1].sent == ts[i].sent || a.orgCover[i] {
			continue
		}
		// «جام جم آنلاین - X:»، «جام جم آنلاین › استان‌ها»: a byline or
		// breadcrumb starting with a listed outlet.
		if n, _ := outlets.at(ts, i); n > 0 && i+n < len(ts) && ts[i+n].sent == ts[i].sent && bylineMarks[ts[i+n].text] {
			a.addOrg(i, i+n, "", "")
			continue
		}
		// «تهران - تسنیم - ...»، «کرج- باشگاه خبرنگاران جوان-»: a dateline's
		// place, then a listed outlet between dashes.
		for k := i + 1; k <= i+2 && k+1 < len(ts) && ts[k].sent == ts[i].sent; k++ {
			if ts[k-1].punct || !isDash(ts[k]) {
				continue
			}
			if n, name := outlets.at(ts, k+1); n > 0 && k+1+n < len(ts) && ts[k+1+n].sent == ts[i].sent && !a.orgCover[k+1] &&
				(isDash(ts[k+1+n]) || ts[k+1+n].text == ":") {
				if strings.HasPrefix(name, "خبرگزاری") && name != a.text(k+1, k+1+n) && a.namesInFull(name) {
					a.orgs = append(a.orgs, orgMention{start: k + 1, end: k + 1 + n, name: name, head: "خبرگزاری"})
					for c := k + 1; c < k+1+n; c++ {
						a.orgCover[c] = true
					}
				} else {
					a.addOrg(k+1, k+1+n, "", "")
				}
			} else if end := a.unlistedDatelineOutlet(i, k); end > 0 {
				a.addOrg(k+1, end, "", "") // «برازجان- نسیم جنوب-»: the site the dateline names
			}
			break
		}
	}
	a.findMastheadSites()
	a.findMastheadBylines()
	for i := 0; i+3 < len(ts); i++ {
		if ts[i].key != keyTo || ts[i+1].key != keyReport {
			continue
		}
		j := i + 2
		if end := newsSiteEnd(ts, j); end > 0 && !a.orgCover[j] {
			if end+2 < len(ts) && ts[end].text == "(" && !ts[end+1].punct && ts[end+2].text == ")" {
				end += 3 // «شبکه اطلاع‌رسانی X (Y)»: the site's short name
			}
			a.addOrg(j, end, "", "") // «به گزارش پایگاه خبری X،»: the site's whole name
			continue
		}
		if ts[j].key == keyReporter {
			// «به گزارش خبرنگار (ورزشی) X از ...»: a listed outlet.
			k := j + 1
			if k < len(ts) && !ts[k].punct && outlets.look[ts[k].key].listed == false && k+1 < len(ts) {
				if n, _ := outlets.at(ts, k+1); n > 0 {
					k++ // a word of the reporter's beat (ورزشی، اقتصادی)
				}
			}
			if n, name := outlets.at(ts, k); n > 0 && !a.orgCover[k] && (k+n >= len(ts) || sourceEnds(ts, k+n)) {
				head := ""
				if strings.HasPrefix(name, "خبرگزاری") {
					head = "خبرگزاری"
					if !a.namesInFull(name) {
						name, head = a.text(k, k+n), "" // «خبرنگار مهر» alone: the agency as the report writes it
					}
				}
				a.orgs = append(a.orgs, orgMention{start: k, end: k + n, name: name, head: head})
				for c := k; c < k+n; c++ {
					a.orgCover[c] = true
				}
				continue
			}
		}
		if ts[j].key == keyReporter && j+2 < len(ts) && ts[j+2].punct && a.isReporterOutlet(j+1) {
			a.orgs = append(a.orgs, orgMention{start: j + 1, end: j + 2, name: "خبرگزاری " + ts[j+1].text, head: "خبرگزاری"})
			a.orgCover[j+1] = true
			continue
		}
		if n, name := outlets.at(ts, j); n > 0 && j+n < len(ts) && sourceEnds(ts, j+n) {
			if strings.HasPrefix(name, "خبرگزاری") && name != a.text(j, j+n) && a.namesInFull(name) {
				// «به گزارش X» where the report writes «خبرگزاری X» too:
				// the agency's full name.
				a.orgs = append(a.orgs, orgMention{start: j, end: j + n, name: name, head: "خبرگزاری"})
				for c := j; c < j+n; c++ {
					a.orgCover[c] = true
				}
				continue
			}
			a.addOrg(j, j+n, "", "") // «به گزارش ایرنا از ...»: the outlet as written
			continue
		}
		if a.isOutletName(j) && ts[j+1].punct {
			a.addOrg(j, j+1, "", "")
			continue
		}
		if a.twoWordOutlet(j) {
			a.addOrg(j, j+2, "", "") // «به گزارش ورزش X،»، «به گزارش X امروز،»
		}
	}
}

// maxMastheadWords bounds the words of a site's or outlet's name on a
// masthead line of its own.
const maxMastheadWords = 12

// siteHeadLen returns the number of tokens of a news or information
// site's head at j (پایگاه خبری، پایگاه اطلاع‌رسانی، کانال خبری), else 0;
// info tells an information site's head.
func siteHeadLen(ts []token, j int) (n int, info bool) {
	for n := 4; n >= 2; n-- {
		if j+n > len(ts) || ts[j+n-1].sent != ts[j].sent {
			continue
		}
		var b strings.Builder
		for k := j; k < j+n; k++ {
			b.WriteString(ts[k].key)
		}
		if newsSiteHeads[b.String()] {
			return n, false
		}
		if infoSiteHeads[b.String()] {
			return n, true
		}
	}
	return 0, false
}

// mastheadEnd returns the end of the name on a line of its own starting
// at i: the words up to a byline mark («|»، «-») or the line's end, at
// most max of them, none a verb; 0 when the line goes on as a sentence.
func mastheadEnd(ts []token, i, max int) int {
	k := i
	for ; k < len(ts) && ts[k].sent == ts[i].sent; k++ {
		if bylineMarks[ts[k].text] {
			break
		}
		if n := bracketBlessing(ts, k); n > 0 && k > i {
			k += n - 1 // «پایگاه اطلاع‌رسانی سپاه انصارالرسول (ص) استان X»
			continue
		}
		if k-i >= max || ts[k].digit || isVerbLike(ts[k].key) || lightVerbs.has(ts[k].key) || ts[k].punct && ts[k].text != "،" {
			return 0
		}
	}
	if k < len(ts) && ts[k].sent == ts[i].sent && !bylineMarks[ts[k].text] {
		return 0
	}
	return k
}

// findMastheadSites lists the outlet a page's masthead names: a line of
// its own that is a site's whole name («پایگاه خبری X»، «پایگاه
// اطلاع‌رسانی شهرداری X»، «کانال خبری X»), and the first line of the
// file when the same words come back as the outlet of a byline
// («خبرنگار X») or of the dateline («شهر- X-»، «شهر - X:»).
func (a *analysis) findMastheadSites() {
	ts := a.toks
	for i := 0; i < len(ts); i++ {
		if i > 0 && ts[i-1].sent == ts[i].sent || a.orgCover[i] {
			continue
		}
		h, _ := siteHeadLen(ts, i)
		if h == 0 {
			continue
		}
		if end := mastheadEnd(ts, i, h+maxMastheadWords); end > i+h {
			a.addOrg(i, end, "", "") // «پایگاه خبری X» on a line of its own
		}
	}
	for i := 0; i < len(ts); i++ {
		if i > 0 && ts[i-1].sent == ts[i].sent || a.orgCover[i] || ts[i].punct || stopWords.has(ts[i].key) {
			continue
		}
		if hn, _ := headNouns.at(ts, i); hn > 0 {
			continue
		}
		end := mastheadEnd(ts, i, maxOutletWords)
		if end == 0 || placeLen(ts, i) == end-i || end == i+1 && commonWords.has(ts[i].key) {
			continue
		}
		if a.outletRepeated(i, end-i) || a.r17aOutletRepeated(i, end-i) {
			a.addOrg(i, end, "", "")
		}
	}
}

// maxOutletWords bounds the words of an outlet's name on a masthead line.
const maxOutletWords = 3

// outletRepeated reports whether the n words at i, a line of their own,
// come back as the outlet of a byline («خبرنگار X») or of a dateline
// («شهر- X-»، «شهر - X:»).
func (a *analysis) outletRepeated(i, n int) bool {
	ts := a.toks
	for k := 1; k+n < len(ts); k++ {
		if ts[k].sent == ts[i].sent || !sameKeys(ts, i, k, n) {
			continue
		}
		if ts[k-1].key == keyReporter {
			if n2, _ := outlets.at(ts, k+n); n2 > 0 {
				continue // «خبرنگار اقتصادی ایرنا»: a reporter's beat, the outlet after it
			}
			return true
		}
		if k > 1 && isDash(ts[k-1]) && ts[k-2].sent == ts[k].sent && !ts[k-2].punct &&
			(k-2 == 0 || ts[k-3].sent != ts[k].sent || k > 2 && (k-3 == 0 || ts[k-4].sent != ts[k].sent)) &&
			(isDash(ts[k+n]) || ts[k+n].text == ":") {
			return true
		}
	}
	return false
}

// isDash reports a dash of a dateline or byline.
func isDash(t token) bool { return t.punct && (t.text == "-" || t.text == "–" || t.text == "—") }

// sameKeys reports whether the n tokens at i and at k are the same words.
func sameKeys(ts []token, i, k, n int) bool {
	for d := 0; d < n; d++ {
		if ts[i+d].punct || ts[i+d].key != ts[k+d].key {
			return false
		}
	}
	return true
}

// bylineMarks are the marks after an outlet's name that starts a byline
// or a breadcrumb.
var bylineMarks = map[string]bool{"-": true, "–": true, "—": true, "›": true, "|": true}

// namesInFull reports whether the article writes a body's full name,
// word for word, somewhere.
func (a *analysis) namesInFull(name string) bool {
	words := persian.Words(name)
	if len(words) == 0 {
		return false
	}
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = persianKey(w)
	}
	ts := a.toks
	for i := 0; i+len(keys) <= len(ts); i++ {
		k := 0
		for k < len(keys) && ts[i+k].key == keys[k] {
			k++
		}
		if k == len(keys) {
			return true
		}
	}
	return a.mastheadNames(name)
}

// keyQuoting is «نقل» of «به نقل از», which cites the outlet's source.
var keyQuoting = persianKey("نقل")

// sourceEnds reports whether the lead's source ends before token k: at a
// mark, at the «از» of its city, or at «به نقل از» («به گزارش ایرنا به
// نقل از روابط عمومی ...»), which quotes another source after it.
func sourceEnds(ts []token, k int) bool {
	return ts[k].punct || ts[k].key == keyFrom || ts[k].key == keyTo && k+1 < len(ts) && ts[k+1].key == keyQuoting
}

// newsSiteHeads start the name of a news site in a dateline.
var newsSiteHeads = keySet("پایگاهخبری", "پایگاهخبریتحلیلی", "پایگاهتحلیلیخبری", "سایتخبری", "کانالخبری")

// infoSiteHeads start the name of an information site: an outlet of its
// own («پایگاه اطلاع‌رسانی دولت»), unless a body's name follows, whose
// own site is that body («پایگاه اطلاع‌رسانی وزارت نیرو»).
var infoSiteHeads = keySet("پایگاهاطلاعرسانی", "پایگاهرسمیاطلاعرسانی", "پایگاهخبریاطلاعرسانی", "سایتاطلاعرسانی",
	"شبکهاطلاعرسانی")

// maxNewsSiteName bounds the words of a news site's name after its head.
const maxNewsSiteName = 4

// newsSiteEnd returns the end of «پایگاه خبری X» at j in a dateline: the
// site's name runs, whatever its words (زنجان امروز), to the comma or the
// «از» of the city; 0 when there is no such name.
func newsSiteEnd(ts []token, j int) int {
	h := 0
	for n := 4; n >= 2; n-- {
		if j+n <= len(ts) {
			var b strings.Builder
			for k := j; k < j+n; k++ {
				b.WriteString(ts[k].key)
			}
			if newsSiteHeads[b.String()] {
				h = n
				break
			}
			if infoSiteHeads[b.String()] {
				if hn, _ := headNouns.at(ts, j+n); hn > 0 {
					return 0
				}
				if kn, _ := knownBodies.at(ts, j+n); kn > 0 {
					return 0
				}
				h = n
				break
			}
		}
	}
	if h == 0 {
		return 0
	}
	for k := j + h; k < len(ts) && k <= j+h+maxNewsSiteName && ts[k].sent == ts[j].sent; k++ {
		if ts[k].punct || ts[k].key == keyFrom {
			if k == j+h {
				return 0
			}
			return k
		}
	}
	return 0
}

// outletTails end the name of a local outlet after its town or field
// (زنجان امروز، ایلام فردا، قزوین آنلاین).
var outletTails = keySet("امروز", "فردا", "آنلاین", "نیوز", "پرس", "نما")

// twoWordOutlet reports two words at j, closed by a comma, that name a
// local outlet as the lead's source («به گزارش ورزش X،»، «به گزارش X
// امروز،»): plain words, one of them a place or an outlet's ending, and
// the other no place, so that a source of two plain words (منابع محلی)
// names none.
func (a *analysis) twoWordOutlet(j int) bool {
	ts := a.toks
	if j+2 >= len(ts) || ts[j+2].text != "،" || ts[j+1].sent != ts[j].sent {
		return false
	}
	if n, _ := outlets.at(ts, j); n > 0 {
		return false // «به گزارش ایرنا سمنان،»: the listed outlet, found as such
	}
	if n, _ := knownBodies.at(ts, j); n > 0 {
		return false
	}
	for k := j; k < j+2; k++ {
		t := ts[k]
		if t.punct || t.digit || isOrgStop(t) || a.orgCover[k] || headNounsAt(ts, k) > 0 || roleWordsAt(ts, k) > 0 || a.titleAt(k) > 0 ||
			givenNames.has(t.key) || eventWordAt(ts, k) != "" {
			return false
		}
	}
	p1, p2 := placeLen(ts, j) == 1, placeLen(ts, j+1) == 1
	tail := outletTails[ts[j+1].key]
	return p1 && tail || !p1 && p2 && !commonWords.has(ts[j].key)
}

// isOutletName reports a single word that can name a news outlet.
func (a *analysis) isOutletName(j int) bool {
	t := a.toks[j]
	if t.punct || t.digit || stopWords.has(t.key) || commonWords.has(t.key) {
		return false
	}
	hn, _ := headNouns.at(a.toks, j)
	return hn == 0
}

// isReporterOutlet reports the word after «خبرنگار» in a lead: there an
// ordinary word (مهر) is the agency's name, not a month or a noun.
func (a *analysis) isReporterOutlet(j int) bool {
	t := a.toks[j]
	if t.punct || t.digit || stopWords.has(t.key) {
		return false
	}
	hn, _ := headNouns.at(a.toks, j)
	return hn == 0
}

// knownBodyStandsAlone reports whether a known body's short name at i is
// used alone, not as a word inside a longer phrase.
func (a *analysis) knownBodyStandsAlone(i, n int) bool {
	ts := a.toks
	if a.covered(i) {
		return false
	}
	if n == 1 {
		return true // a one-word body (بسیج) is named wherever it stands alone
	}
	if i > 0 && !ts[i-1].punct && !stopWords.has(ts[i-1].key) && !roleEndsAt(ts, i) {
		return false // «مدیرعامل راه‌آهن ...»: a post before the body is no longer phrase
	}
	if i+n < len(ts) && !ts[i+n].punct && !stopWords.has(ts[i+n].key) && !isVerbLike(ts[i+n].key) {
		return false
	}
	return true
}

// maxRoleWords bounds the words of a post read back from a body's name.
const maxRoleWords = 3

// roleEndsAt reports a post's words (مدیرعامل، رئیس، معاون فنی) ending
// right before token i.
func roleEndsAt(ts []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-maxRoleWords; k-- {
		if ts[k].punct {
			return false
		}
		if roleWordsAt(ts, k) == i-k {
			return true
		}
	}
	return false
}

// addOrg records the body named by tokens i to j, with its head noun and
// place, and marks its tokens as a body's.
func (a *analysis) addOrg(i, j int, head, place string) *orgMention {
	// «تیپ۴۸ فتح» is the «تیپ ۴۸ فتح» named elsewhere.
	a.orgs = append(a.orgs, orgMention{start: i, end: j, name: unglueNumber(a.text(i, j)), head: head, place: place})
	for k := i; k < j; k++ {
		a.orgCover[k] = true
	}
	return &a.orgs[len(a.orgs)-1]
}

// continuesAfterAnd reports whether «و» at j joins two words of one name
// (صنعت و معدن، آموزش و پرورش) rather than two names or clauses.
func (a *analysis) continuesAfterAnd(j int) bool {
	ts := a.toks
	if j+1 >= len(ts) || j == 0 {
		return false
	}
	prev, next := ts[j-1], ts[j+1]
	if prev.punct || next.punct || next.digit || isOrgStop(next) && !a.nounStopInName(j+1) {
		return false
	}
	if n, _ := placeAt(ts, j-1); n > 0 {
		return false
	}
	if n, _ := headNouns.at(ts, j+1); n > 0 {
		return false
	}
	if n, _ := roleWords.at(ts, j+1); n > 0 {
		return false
	}
	if n, _ := placeAt(ts, j+1); n > 0 {
		return false
	}
	if n, _ := projectHeads.at(ts, j+1); n > 0 {
		return false
	}
	if next.sent != prev.sent {
		return false
	}
	if a.titleAt(j+1) > 0 || givenNames.has(next.key) || next.key == keyProvince || next.key == keyCounty {
		return false
	}
	if siteNouns[next.key] {
		return false // «گمرک X و بازارچه مرزی»: a site of its own, a new item of the list
	}
	if pluralPosts.has(next.key) || peopleNouns[next.key] {
		return false // «شهرداری X و دهیاران»، «یگان X و مردم»: persons, a new item of the list
	}
	if tafilShaped(next.key) && j+2 < len(ts) && ts[j+2].sent == next.sent && (headNounsAt(ts, j+2) > 0 || roleWordsAt(ts, j+2) > 0) {
		return false // «با نظر شورای X و تأیید فرمانداری»: a verbal noun of another body, a new item
	}
	return true
}

// keyCargo is «بار», which ends a name as «once» (این بار) but is the
// cargo a transport body carries after a noun of carrying.
var keyCargo = persianKey("بار")

// carryingNouns carry cargo in a body's name (سازمان حمل‌ونقل بار و
// مسافر، پایانه بار، شرکت حمل بار).
var carryingNouns = keySet("حمل‌ونقل", "نقل", "حمل", "پایانه", "ترابری")

// cargoAt reports «بار» at j as the cargo of a noun of carrying before it.
func cargoAt(ts []token, j int) bool {
	return j > 0 && ts[j].key == keyCargo && carryingNouns[ts[j-1].key]
}

// keySpecialFor is «ویژه», a word of a name (منطقه ویژه اقتصادی،
// فرمانداری ویژه X) or, before the persons something is for, «for»
// (همایش ... ویژه قضات استان).
var keySpecialFor = persianKey("ویژه")

// careWords take «ویژه» as their adjective before the persons cared for
// (مراقبت‌های ویژه نوزادان).
var careWords = keySet("مراقبت", "مراقبتهای", "مراقبت‌های", "مراقبتها")

// brokenPluralPersons are persons' plurals not formed with «ان»/«ین».
var brokenPluralPersons = keySet("قضات", "اعضا", "اعضای", "علما", "اساتید", "معلمین")

// forPersonsAt reports the persons «ویژه» is for at j: a plural of persons
// (قضات، دانشجویان، بانوان، مدیران), not a place (ویژه کاشان).
func forPersonsAt(ts []token, j int) bool {
	if j >= len(ts) || ts[j].punct || ts[j].digit || placeLen(ts, j) > 0 {
		return false
	}
	t := ts[j]
	if pluralPosts.has(t.key) || peopleNouns[t.key] || brokenPluralPersons[t.key] || isPersonsPlural(t) {
		return true
	}
	return strings.HasSuffix(t.key, "ان") && utf8.RuneCountInString(t.key) >= 5 && headNounsAt(ts, j) == 0
}

// siteNouns name a site (a border market, a quay, an airport, a terminal),
// never a word of a body's name right after «و»: «از گمرک X و بازارچه
// مرزی Y بازدید کرد» visits the customs house and the market, two items.
var siteNouns = keySet("بازارچه", "اسکله", "فرودگاه", "گذرگاه", "پایانه", "بندر")

// peopleNouns name people at large, never a word of a body's name after
// «و» («با همکاری یگان X و مردم محلی»).
var peopleNouns = keySet("مردم", "اهالی", "شهروندان", "کارکنان", "همکاران", "خانواده‌ها",
	"مسئولان", "مسئولین", "کارشناسان", "فعالان", "دانشجویان", "کشاورزان")

// tafilShaped reports an Arabic verbal noun of the taf'il form (تأیید،
// تقویت، تکمیل: five letters, «ت» first and «ی» fourth).
func tafilShaped(key string) bool {
	r := []rune(key)
	return len(r) == 5 && r[0] == 'ت' && r[3] == 'ی'
}

// pluralOfficeHeads are the plural heads of several offices named
// together («ادارات کل A و B استان X»), whose list is no one body.
var pluralOfficeHeads = keySet("ادارات کل", "ادارات")

// placeOpensAt reports a place, or «استان» or «شهرستان», at k in sentence
// sent: what closes a body's name after its acronym in brackets.
func (a *analysis) placeOpensAt(k, sent int) bool {
	ts := a.toks
	if k >= len(ts) || ts[k].sent != sent {
		return false
	}
	return ts[k].key == keyProvince || ts[k].key == keyCounty || placeLen(ts, k) > 0
}

// maxCommaItem bounds the words of an item after a comma inside a name.
const maxCommaItem = 2

// maxCommaItems bounds the further comma-separated items of one name.
const maxCommaItems = 2

// commaListContinues reports whether the comma at j lists the words of one
// name, «A، B و C» as in «وزارت بهداشت، درمان و آموزش پزشکی»: one or two
// plain words follow it, then «و» that joins words of a name. A common
// word there needs the place that closes the name, unless the body is
// national (a ministry: «وزارت تعاون، کار و رفاه اجتماعی»).
func (a *analysis) commaListContinues(j int, national bool) bool {
	ts := a.toks
	if ts[j].text != "،" && ts[j].text != "," || j == 0 || ts[j-1].punct {
		return false
	}
	items, start := 0, j+1
	for k := j + 1; k < len(ts) && k <= start+maxCommaItem; k++ {
		t := ts[k]
		// «اتاق بازرگانی، صنایع، معادن و کشاورزی»: more items, each
		// after its own comma, before the «و».
		if (t.text == "،" || t.text == ",") && k > start && items < maxCommaItems {
			items++
			start = k + 1
			continue
		}
		if t.sent != ts[j].sent || t.punct || t.digit {
			return false
		}
		if n := r23cBinomialItem(ts, k, start); n > 0 {
			k += n - 1 // «کمیسیون عمران، حمل و نقل و شهرسازی»: a fixed pair is one word of the item
			if !r23cListGoesOn(ts, k) {
				return true // «دانشکده مهندسی شیمی، نفت و گاز»: the pair closes the list with its «و»
			}
			start = k
			continue
		}
		if t.key == keyAnd {
			return k > j+1 && a.continuesAfterAnd(k) && !isPlural(ts[k+1]) && !isPersonsPlural(ts[k+1])
		}
		if isOrgStop(t) || a.personCover[k] || a.titleAt(k) > 0 || givenNames.has(t.key) || eventWordAt(ts, k) != "" ||
			commonWords.has(t.key) && !national && !a.listReachesPlace(k) || isPlural(t) || isPersonsPlural(t) {
			return false
		}
		if n, _ := headNouns.at(ts, k); n > 0 {
			return false
		}
		if n, _ := roleWords.at(ts, k); n > 0 {
			return false
		}
		if n, _ := placeAt(ts, k); n > 0 {
			return false
		}
	}
	return false
}

// keyFriday is «جمعه»; after fridayPrayerWords it names the Friday
// prayers (ائمه جمعه، نماز جمعه), a word of a body's name, not a day.
var (
	keyFriday         = persianKey("جمعه")
	fridayPrayerWords = keySet("ائمه", "امام", "نماز", "امامان")
)

// keyCommission and keyParliament read «کمیسیون ... مجلس».
var (
	keyCommission = persianKey("کمیسیون")
	keyParliament = persianKey("مجلس")
)

// parliamentFollows reports «مجلس» within a few words after the comma at
// j, through plain words, commas and «و» only: the fields of a
// parliament's commission are listed as a ministry's are («کمیسیون
// برنامه، بودجه و محاسبات مجلس»).
func parliamentFollows(ts []token, j int) bool {
	for k := j + 1; k < len(ts) && k <= j+maxCommissionFields && ts[k].sent == ts[j].sent; k++ {
		t := ts[k]
		if t.key == keyParliament {
			return true
		}
		if t.punct && t.text != "،" || t.digit || isOrgStop(t) && t.key != keyAnd && t.text != "،" {
			return false
		}
	}
	return false
}

// maxListToPlace bounds the words from a comma-listed item to the place
// that closes the name.
const maxListToPlace = 6

// listReachesPlace reports whether the words from k run, through commas,
// «و» and plain words only, to a place or استان/شهرستان: then a common
// noun there is a word of the name («اداره کل تعاون، کار و رفاه اجتماعی
// استان X»).
func (a *analysis) listReachesPlace(k int) bool {
	ts := a.toks
	for m := k; m < len(ts) && m <= k+maxListToPlace && ts[m].sent == ts[k].sent; m++ {
		u := ts[m]
		if u.key == keyProvince || u.key == keyCounty || placeLen(ts, m) > 0 {
			return m > k
		}
		if u.text == "،" || u.text == "," || u.key == keyAnd {
			continue
		}
		if u.punct || isOrgStop(u) || a.personCover[m] || roleWordsAt(ts, m) > 0 || startsCompoundVerb(ts, m) {
			return false
		}
	}
	return false
}

// isPersonsPlural reports an Arabic plural of persons (روحانیون، مسئولین),
// which lists people rather than the words of a body's name.
func isPersonsPlural(t token) bool {
	n := utf8.RuneCountInString(t.key)
	return strings.HasSuffix(t.key, "ون") && n >= 6 || strings.HasSuffix(t.key, "ین") && n >= 6
}

// maxQuotedName bounds the words of a body's name in quotes after its head.
const maxQuotedName = 8

// quotedNameEnd returns the end (after the closing mark) of a name in
// «...» starting at j right after a head noun, when it holds words only;
// else 0.
func quotedNameEnd(ts []token, j int) int {
	if j >= len(ts) || ts[j].text != "«" {
		return 0
	}
	for k := j + 1; k < len(ts) && k <= j+1+maxQuotedName && ts[k].sent == ts[j].sent; k++ {
		switch {
		case ts[k].text == "»":
			if k == j+1 {
				return 0
			}
			return k + 1
		case ts[k].punct && ts[k].text != "،":
			return 0
		}
	}
	return 0
}

// nameShortFormsByLongForm names a short name told alone («به گزارش
// ایسنا») by the long form the report gives it with that short name in
// brackets («خبرگزاری دانشجویان ایران (ایسنا)»): one body, two forms.
func (a *analysis) nameShortFormsByLongForm() {
	long := map[string]int{}
	for x := range a.orgs {
		m := &a.orgs[x]
		if m.bracketed != "" && !strings.Contains(m.bracketed, " ") && a.toks[m.end-1].text == ")" {
			long[persianKey(m.bracketed)] = x
		}
	}
	if len(long) == 0 {
		return
	}
	for x := range a.orgs {
		o := &a.orgs[x]
		y, ok := long[persianKey(o.name)]
		if !ok || y == x || o.bracketed != "" {
			continue
		}
		f := &a.orgs[y]
		o.bracketed = o.name
		o.name = f.name
		o.place = f.place
	}
}

// bracketShortName returns the length of a body's short name in brackets
// at j, «(ایسنا)», when the word is a listed agency, national body or
// acronym; else 0.
func bracketShortName(ts []token, j int) int {
	if j+2 >= len(ts) || ts[j].text != "(" || ts[j+2].text != ")" || ts[j+1].punct {
		return 0
	}
	k := ts[j+1].key
	if outlets.has(k) || knownBodies.has(k) || acronyms.has(k) {
		return 3
	}
	return 0
}

// shortNameOf returns the key of the short name a body's name ends with in
// brackets («... (ایسنا)»), else "".
func shortNameOf(name string) string {
	name = strings.TrimSpace(name)
	if !strings.HasSuffix(name, ")") {
		return ""
	}
	open := strings.LastIndex(name, "(")
	if open < 0 {
		return ""
	}
	inner := name[open+1 : len(name)-1]
	if honorificAbbrev[strings.TrimSpace(inner)] {
		return ""
	}
	return persianKey(inner)
}

// bracketBlessing returns the length of «(ع)»-like marks at j, else 0.
func bracketBlessing(ts []token, j int) int {
	if ts[j].text != "(" {
		return 0
	}
	k := j + 1
	var words []string
	for k < len(ts) && k-j <= 3 && ts[k].text != ")" {
		if ts[k].punct {
			return 0
		}
		words = append(words, ts[k].text)
		k++
	}
	if k < len(ts) && ts[k].text == ")" && honorificAbbrev[strings.Join(words, " ")] {
		return k - j + 1
	}
	return 0
}

func isDeterminer(key string) bool {
	return key == keyThis || key == keyThat || key == keySame || key == keySame2
}

// orgAt returns the longest body mention starting at token i.
func (a *analysis) orgAt(i int) *orgMention {
	if i < 0 || i >= len(a.orgCover) || !a.orgCover[i] {
		return nil // every body found before roles are read covers its tokens
	}
	var best *orgMention
	for k := range a.orgs {
		o := &a.orgs[k]
		if o.start == i && (best == nil || o.end > best.end) {
			best = o
		}
	}
	return best
}

// orgCovering returns the longest body mention that covers token i.
func (a *analysis) orgCovering(i int) *orgMention {
	if i < 0 || i >= len(a.orgCover) || !a.orgCover[i] {
		return nil
	}
	var best *orgMention
	for k := range a.orgs {
		o := &a.orgs[k]
		if o.start <= i && i < o.end && (best == nil || o.end-o.start > best.end-best.start) {
			best = o
		}
	}
	return best
}

// headIndex lists, for each head noun's key, the body mentions of two
// words or more under it, sorted by start, so that the body of a head
// named nearest a token is found by binary search, not by reading every
// body of the article.
type headIndex struct {
	n      int                   // len(a.orgs) when built
	byHead map[string][]headSlot // sorted by start, then end; of equal spans, the last named first
}

// headSlot is one mention in a headIndex: its index in a.orgs, and the
// smallest such index from it to the end of its list.
type headSlot struct {
	k, firstAfter int
}

// orgHeadIndex returns the head index of the article's bodies, built
// again when bodies were added since.
func (a *analysis) orgHeadIndex() *headIndex {
	if a.heads != nil && a.heads.n == len(a.orgs) {
		return a.heads
	}
	h := &headIndex{n: len(a.orgs), byHead: map[string][]headSlot{}}
	for k := range a.orgs {
		o := &a.orgs[k]
		if o.end-o.start < 2 {
			continue
		}
		key := persianKey(o.head)
		h.byHead[key] = append(h.byHead[key], headSlot{k: k})
		if first := knownBodyHeadWord(o.head); first != "" {
			h.byHead[first] = append(h.byHead[first], headSlot{k: k}) // «این کمیته» after «کمیته امداد X»
		}
	}
	for _, l := range h.byHead {
		sort.Slice(l, func(x, y int) bool {
			ox, oy := &a.orgs[l[x].k], &a.orgs[l[y].k]
			if ox.start != oy.start || ox.end != oy.end {
				return ox.start < oy.start || ox.start == oy.start && ox.end < oy.end
			}
			return l[x].k > l[y].k // of equal spans, the one named first comes last
		})
		first := len(a.orgs)
		for x := len(l) - 1; x >= 0; x-- {
			first = min(first, l[x].k)
			l[x].firstAfter = first
		}
	}
	a.heads = h
	return h
}

// recentOrgWithBareHead is recentOrgWithHead for the one-word head t,
// also in its joined form when t is written without the «ی» that joins a
// name to it («شورا» for «شورای شهر X»).
func (a *analysis) recentOrgWithBareHead(t token, i int) *orgMention {
	if o := a.recentOrgWithHead(t.key, i); o != nil || !bareVowelHead(t) {
		return o
	}
	return a.recentOrgWithHead(t.key+"ی", i)
}

// recentOrgWithHead returns the body with the given head noun named
// nearest before token i (the longest of those starting there), or,
// failing that, the first named of those after it.
func (a *analysis) recentOrgWithHead(headKey string, i int) *orgMention {
	l := a.orgHeadIndex().byHead[headKey]
	x := sort.Search(len(l), func(x int) bool { return a.orgs[l[x].k].start >= i })
	if x > 0 {
		return &a.orgs[l[x-1].k]
	}
	if x < len(l) {
		return &a.orgs[l[x].firstAfter]
	}
	return nil
}

// maxClosedBodyTokens bounds the tokens of a national body's whole name,
// its commas counted.
const maxClosedBodyTokens = 12

// closedBodyAt returns the words of a national body's whole name
// (closedBodies) starting at token i, commas between its words and all
// («وزارت بهداشت، درمان و آموزش پزشکی»), else 0.
func closedBodyAt(ts []token, i int) int {
	if i >= len(ts) || ts[i].punct {
		return 0
	}
	if _, ok := closedBodies.look[ts[i].key]; !ok {
		return 0
	}
	n := 0
	key := ""
	for j := i; j < len(ts) && j-i < maxClosedBodyTokens; j++ {
		if ts[j].punct {
			if j > i && ts[j].text == "،" && ts[j].sent == ts[i].sent {
				continue
			}
			break
		}
		key += ts[j].key
		l, ok := closedBodies.look[key]
		if !ok {
			break
		}
		if l.listed {
			n = j - i + 1
		}
		if !l.prefix {
			break
		}
	}
	return n
}
