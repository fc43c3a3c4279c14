package extract

import "strings"

// r24eSpacedSecondPart reads the second part of a surname typed with a
// space where its parts are joined, when that part is also a place's name
// or a given name («کاوه‌رودبار» typed «کاوه رودبار», «تهرانی‌مهرداد»
// typed «تهرانی مهرداد»), or a given name with an ending written apart
// («تهرانی ناصر آبادی»). j is the token after the first part, which
// started at i. A place or a given name alone after a surname is no part
// of the name but where the name is set off at once by what only follows
// a person's name: a comma and then a post or a title, «به عنوان», or a
// post or a title right after it (for a place only before a comma's post
// or «به عنوان»: «کاوه تهرانی قزوین …» may go on into the sentence). A
// given name with a detached ending («ناصر آبادی») is a surname's word
// and ends the name before any word that goes on no name (a mark, a post,
// a stop word, a verb). It returns the end of the part.
func (a *analysis) r24eSpacedSecondPart(i, j int) (int, bool) {
	ts := a.toks
	if j >= len(ts) || ts[j].sent != ts[i].sent || ts[j].punct || ts[j].digit || a.covered(j) {
		return 0, false
	}
	place := false
	if n, _ := cities.at(ts, j); n == 1 {
		place = true
	} else if n, _ := towns.at(ts, j); n == 1 {
		place = true
	}
	given := givenNames.has(ts[j].key) && a.givenAt(j) == 1
	if !place && !given {
		return 0, false
	}
	k := a.groupEnd(j)
	if k >= len(ts) || ts[k].sent != ts[i].sent {
		return 0, false
	}
	if place && a.r25eSpacedPlaceEnd(k) {
		return k, true // «کاوه تهرانی رودبار، در حاشیه …» on a page typed without the non-joiner
	}
	if given && k > j+1 && a.nameEndsAt(k) && ts[k].key != keyAnd {
		return k, true // «تهرانی ناصر آبادی، …»
	}
	switch {
	case ts[k].text == "،" || ts[k].text == ",":
		if k+1 < len(ts) && ts[k+1].sent == ts[i].sent && (roleWordsAt(ts, k+1) > 0 || a.titleAt(k+1) > 0) {
			return k, true
		}
	case asTitleAt(ts, k) >= 0:
		return k, true
	case given && (roleWordsAt(ts, k) > 0 || a.titleAt(k) > 0 || r23eNameEndWords[ts[k].key]):
		return k, true
	case place && roleWordsAt(ts, k) > 0:
		return k, true // «کاوه تهرانی رودبار امام جمعه …»
	}
	return 0, false
}

// r24eSubjectPrepositions are the prepositions and the object marker that
// a sentence sets right after its subject's or object's name («X Y در
// این نشست …»، «X Y از …»، «X Y با …»، «X Y را …»): never a word of a
// name, and no noun of a compound verb stands before them.
var r24eSubjectPrepositions = keySet("در", "از", "با", "را")

// r24eSecondPartBeforeStop reads a surname's second word at j typed apart
// from the first («کاوه کلاته» for «کاوه‌کلاته»), a name word right
// before a preposition or «را», which follow a name and end it. The
// first part must have no non-joiner of its own (a text that types it
// joins the parts), and the word must not be a verb's prefix typed
// apart («می»، «نمی») nor the noun of a compound verb.
func (a *analysis) r24eSecondPartBeforeStop(i, j int) (int, bool) {
	ts := a.toks
	k := a.groupEnd(j)
	if k >= len(ts) || ts[k].sent != ts[j].sent || !r24eSubjectPrepositions[ts[k].key] || startsCompoundVerb(ts, j) {
		return 0, false
	}
	if ts[j].key == keyMi || ts[j].key == r24eKeyNami || strings.Contains(a.text(i, j), "\u200c") {
		return 0, false
	}
	return k, true
}

var r24eKeyNami = persianKey("نمی")

// r24eCityFirstPart reads a surname whose first part is a city's name,
// typed with a space where the parts are joined («رودبار کلاتی» for
// «رودبارکلاتی‌»، «نایین سالکی»): right after a given name, a one-word
// city and then a name word with the surname's «ی» ending, or the city
// with a surname's ending typed apart («ساوه ای» for «ساوه‌ای»، «نایین
// فر»), set off by a clear end (a comma, a post, a title, «و»). A city after a given name is
// no place of the sentence: a place stands after its preposition or its
// body. It returns the end of the second part.
func (a *analysis) r24eCityFirstPart(i int) (int, bool) {
	ts := a.toks
	if i == 0 || i+1 >= len(ts) || !isGivenToken(ts[i-1]) || ts[i+1].sent != ts[i].sent || a.covered(i) {
		return 0, false
	}
	if n, _ := cities.at(ts, i); n != 1 {
		return 0, false
	}
	if k := a.groupEnd(i); k > i+1 {
		// the city with a surname's ending typed apart («ساوه ای»، «ساوه
		// ای فر»، «نایین فر»): a surname of its own, also before a
		// preposition or «را» that follows the name
		return k, k < len(ts) && ts[k].sent == ts[i].sent && (a.hardEnd(k) || r24eSubjectPrepositions[ts[k].key])
	}
	if !a.isNameWord(i+1) || !isNisba(ts[i+1].key) || givenNames.has(ts[i+1].key) {
		return 0, false
	}
	k := a.groupEnd(i + 1)
	return k, a.hardEnd(k) && k < len(ts) && ts[k].sent == ts[i].sent
}

// r24eHeadAdjectives are the adjectives with the «ی» ending that follow a
// body's one-word head in its name (کلانتری مرکزی، شهرداری مرکزی،
// هنگ مرزی): the body's own words, no surname's.
var r24eHeadAdjectives = keySet("مرکزی", "شمالی", "جنوبی", "شرقی", "غربی", "مرزی", "دریایی", "هوایی", "زمینی", "ملی",
	"اسلامی", "انتظامی", "فرهنگی", "ورزشی", "صنعتی", "کشاورزی", "تخصصی", "عمومی", "اصلی", "فرعی")

// r24eHeadSurnameAt reports a body's one-word head with the «ی» ending
// that is a surname's first part typed apart from its second
// («کلانتری‌رامسری» typed «کلانتری رامسری»): right after a given name, and
// followed by a word with the surname's «ی» ending that is no adjective of
// a body and is followed by a clear end of a name (a mark, a post, «و»،
// «را» or a preposition). A head right after a given name names no body:
// a body's head follows its holder's post, not a bare given name.
func (a *analysis) r24eHeadSurnameAt(i int) (int, bool) {
	ts := a.toks
	if i == 0 || i+2 >= len(ts) || !isGivenToken(ts[i-1]) || ts[i+1].sent != ts[i].sent || ts[i+1].punct {
		return 0, false
	}
	if n, _ := headNouns.at(ts, i); n != 1 || !isNisba(ts[i].key) {
		return 0, false
	}
	next := ts[i+1].key
	if !isNisba(next) || r24eHeadAdjectives[next] || stopWords.has(next) || commonWords.has(next) || givenNames.has(next) {
		return 0, false
	}
	if n, _ := headNouns.at(ts, i+1); n > 0 {
		return 0, false
	}
	k := i + 2
	if ts[k].sent != ts[i].sent || !(ts[k].punct || ts[k].key == keyAnd || r24eSubjectPrepositions[ts[k].key] || roleWordsAt(ts, k) > 0) {
		return 0, false
	}
	return k, true
}
