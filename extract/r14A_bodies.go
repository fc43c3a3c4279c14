package extract

import "strings"

// trusteeBoardNoun reports a board of trustees written as one word
// (هیئت‌امنای، هیات‌امنا): the boards of boardNouns that are of trustees.
func trusteeBoardNoun(key string) bool {
	return boardNouns[key] && strings.Contains(key, "امنا")
}

// trusteeBoardSecond is the second word of the board written apart
// (هیئت امنای), after one of boardHeads.
var trusteeBoardSecond = keySet("امنای", "امنا")

// trusteeBoardBefore returns the number of tokens of «هیئت امنای» that
// end right before i, or 0.
func trusteeBoardBefore(ts []token, i int) int {
	if i >= 1 && trusteeBoardNoun(ts[i-1].key) && ts[i-1].sent == ts[i].sent {
		return 1
	}
	if i >= 2 && trusteeBoardSecond[ts[i-1].key] && boardHeads[ts[i-2].key] && ts[i-2].sent == ts[i].sent {
		return 2
	}
	return 0
}

// findTrusteeBoards lists the board of trustees of a religious place
// named with it as a body of its own: «هیئت امنای مسجد جامع الف» is the
// board that runs the mosque, which acts and has a head of its own
// («زمین را هیئت امنای مسجد ... در اختیار شهرداری گذاشت»). The board of
// a university or company is a part of that body (bodyParts), its posts
// the body's.
func (a *analysis) findTrusteeBoards() {
	ts := a.toks
	n := len(a.orgs)
	for k := 0; k < n; k++ {
		o := a.orgs[k]
		if o.start < 0 || o.end > len(ts) || o.start == 0 || ts[o.start].punct {
			continue
		}
		b := trusteeBoardBefore(ts, o.start)
		if b == 0 || !trusteedPlaces[ts[o.start].key] || a.orgAt(o.start-b) != nil {
			continue
		}
		if i := o.start - b; i > 0 && isDeterminer(ts[i-1].key) {
			continue // «این هیئت امنای ...» refers back
		}
		a.addOrg(o.start-b, o.end, a.text(o.start-b, o.start), o.place)
	}
}

// trusteedPlaces head the religious places a board of trustees runs
// (مسجد، امامزاده، حسینیه): the board's head and members hold posts of
// the board, the place having no others.
var trusteedPlaces = keySet("مسجد", "امامزاده", "بقعه", "حسینیه", "تکیه", "مصلی", "مصلای", "زیارتگاه", "آستان")

// programNouns head the name of a program, campaign, slogan or work,
// written in quotes after them (طرح «مسجد، کانون محله»، پویش «...»): a
// head noun inside the quotes names no body.
var programNouns = keySet("طرح", "برنامه", "پویش", "کمپین", "شعار", "پروژه", "کتاب", "فیلم", "مستند", "سریال", "نمایش", "پیوست")

// inQuotedProgram reports a head noun at i that opens the quoted name of
// a program: «طرح «مسجد، کانون محله» را اجرا می‌کند».
func inQuotedProgram(ts []token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-maxQuotedProgram && ts[k].sent == ts[i].sent; k-- {
		if ts[k].punct && ts[k].text == "»" {
			return false
		}
		if ts[k].punct && ts[k].text == "«" {
			return programNouns[ts[k-1].key] && ts[k-1].sent == ts[i].sent
		}
	}
	return false
}

// maxQuotedProgram bounds the words of a program's quoted name.
const maxQuotedProgram = 8

// companyHeads head a company's name, which often holds a place word of
// its brand before the place it is of (شرکت صنایع غذایی الف‌دشت زنجان،
// شرکت ساختمانی ب البرز جنوب).
var companyHeads = keySet("شرکت", "کارخانه", "کارخانجات", "هلدینگ")

// companyNameGoesOn returns how many tokens a company's name at i goes on
// past the place that ended it at j, and the place it then ends with:
// the report's own province or city right after the first («شرکت صنایع
// غذایی الف زنجان» in a report from Zanjan that names Zanjan again: the first is the brand's
// word, the second the company's place; elsewhere the second place is
// the clause's, «شرکت ذوب آهن مبارکه کرمان»), or a
// quarter of the brand (compassWords) («شرکت ساختمانی ب البرز جنوب»), unless that is
// the quarter of the country or of a place («جنوب کشور»، «جنوب استان»).
func (a *analysis) companyNameGoesOn(i, j int) (int, string) {
	ts := a.toks
	if !companyHeads[ts[i].key] || j >= len(ts) || ts[j].sent != ts[i].sent || ts[j].punct {
		return 0, ""
	}
	if n, _ := placeAt(ts, j); n > 0 {
		if k := a.keyOf(j, j+n); (k == persianKey(a.province) || k == persianKey(a.city)) && a.namedElsewhere(j, n) {
			return n, a.text(j, j+n)
		}
		return 0, ""
	}
	if !compassWords[ts[j].key] || ts[j].key == keyCentre {
		return 0, ""
	}
	if k := j + 1; k < len(ts) && ts[k].sent == ts[j].sent && !ts[k].punct &&
		(ts[k].key == keyCountry || ts[k].key == keyProvince || ts[k].key == keyCounty || ts[k].key == keyCity || placeLen(ts, k) > 0 || headNounsAt(ts, k) > 0) {
		return 0, ""
	}
	return 1, ""
}

// namedElsewhere reports whether the article writes the n tokens at j
// again somewhere else: its own place, told more than once.
func (a *analysis) namedElsewhere(j, n int) bool {
	ts := a.toks
	for k := 0; k+n <= len(ts); k++ {
		if k != j && ts[k].key == ts[j].key && (n == 1 || sameKeys(ts, k, j, n)) {
			return true
		}
	}
	return false
}

// keyCharity is «خیریه», a charity named by its own name (خیریه X) and
// the adjective of a body's kind (انجمن خیریه X، امور خیریه).
var keyCharity = persianKey("خیریه")

// charityAdjective reports «خیریه» at i after the noun it describes
// («انجمن خیریه X»، «اوقاف و امور خیریه»), no head of its own: a charity
// is named so after a mark or a word of the clause (را، با، از).
func charityAdjective(ts []token, i int) bool {
	if ts[i].key != keyCharity || i == 0 || ts[i-1].sent != ts[i].sent {
		return false
	}
	p := ts[i-1]
	return !p.punct && !stopWords.has(p.key) && p.key != keyRa
}

// lineBreakBefore reports a line's end between token i-1 and token i: a
// number ending the line above (the time of a dateline, «۱۶:۴۵») counts
// nothing on the next («خبرگزاری میزان - زنجان؛»).
func (a *analysis) lineBreakBefore(i int) bool {
	if i == 0 || i >= len(a.toks) {
		return false
	}
	for _, r := range a.runes[a.toks[i-1].end:a.toks[i].start] {
		if r == '\n' {
			return true
		}
	}
	return false
}

// shortUnitHeads are the units a body's local office is numbered by
// (ناحیه ۲، منطقه ۳، شعبه ۵), written alone for that office.
var shortUnitHeads = keySet("ناحیه", "منطقه", "شعبه")

// nameNumberedUnitsByOffice gives a numbered unit written alone («ناحیه
// ۲»، «ناحیه ۱ الف») the name of the article's body that the unit
// numbers («اداره آموزش و پرورش ناحیه ۲ الف»): the nearest such body
// named before it, or else the first named after it, of the same place.
// The unit's own words stay a form of that body.
func (a *analysis) nameNumberedUnitsByOffice() {
	ts := a.toks
	for x := range a.orgs {
		o := &a.orgs[x]
		if o.start < 0 || o.end > len(ts) || o.bracketed != "" || o.name != a.text(o.start, o.end) ||
			!shortUnitHeads[ts[o.start].key] || o.end < o.start+2 || !ts[o.start+1].digit {
			continue
		}
		if rest := o.end - o.start - 2; rest > 0 && (o.place == "" || placeLen(ts, o.start+2) != rest) {
			continue // «ناحیه ۲ مقاومت بسیج»: more than a unit and its place
		}
		var before, after *orgMention
		for y := range a.orgs {
			f := &a.orgs[y]
			if y == x || f.start < 0 || f.end > len(ts) || f.start <= o.start && f.end >= o.end || f.name != a.text(f.start, f.end) ||
				o.place != "" && f.place != o.place {
				continue
			}
			u := -1
			for k := f.start + 1; k+1 < f.end; k++ {
				if ts[k].key == ts[o.start].key && ts[k+1].key == ts[o.start+1].key {
					u = k
					break
				}
			}
			if u < 0 {
				continue
			}
			if f.end <= o.start && (before == nil || f.start > before.start) {
				before = f
			} else if f.start >= o.end && (after == nil || f.start < after.start) {
				after = f
			}
		}
		t := before
		if t == nil {
			t = after
		}
		if t == nil {
			continue
		}
		o.bracketed = o.name
		o.name, o.head, o.place = t.name, t.head, t.place
	}
}

// branchLocales are the places a bank's branch is named by before the
// bank (شعبه شهرک صنعتی X بانک Y، شعبه میدان X بانک Y).
var branchLocales = keySet("شهرک", "میدان", "خیابان", "بلوار", "بازار", "فرودگاه", "پایانه", "منطقه")

// maxBranchLocale bounds the words of the locale a branch is named by.
const maxBranchLocale = 4

// branchByLocaleAt reports «شعبه» at i named by a locale, then the bank
// it is of: «شعبه شهرک صنعتی الف بانک ب آماده ... است».
func branchByLocaleAt(ts []token, i int) bool {
	if ts[i].key != keyBranch || i+2 >= len(ts) || !branchLocales[ts[i+1].key] || ts[i+1].sent != ts[i].sent {
		return false
	}
	for k := i + 2; k < len(ts) && k <= i+1+maxBranchLocale && ts[k].sent == ts[i].sent; k++ {
		if ts[k].key == keyBank {
			return true
		}
		if ts[k].punct || isOrgStop(ts[k]) {
			return false
		}
	}
	return false
}

// cutBareHeadBeforeObject ends a name at a bare head noun that a verbal
// noun follows inside the object of «آن را»: «معاونت درمان دانشگاه تأمین
// نیروی پرستاری آن را در اولویت قرار داده است» names «معاونت درمان
// دانشگاه» (the university of the report), whose clause's object is
// «تأمین نیروی پرستاری آن». A name with such a word of its own (سازمان
// تأمین اجتماعی) does not take «آن» before «را».
func (a *analysis) cutBareHeadBeforeObject() {
	ts := a.toks
	for x := range a.orgs {
		o := &a.orgs[x]
		if o.start < 0 || o.end+1 >= len(ts) || ts[o.end].key != keyThat || ts[o.end+1].key != keyRa ||
			ts[o.end+1].sent != ts[o.start].sent || o.bracketed != "" || o.name != a.text(o.start, o.end) {
			continue
		}
		for e := o.start + 1; e < o.end; e++ {
			if hn, _ := headNouns.at(ts, e-1); hn == 1 && tafilShaped(ts[e].key) {
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

// keyNetwork is «شبکه», which before a province's name alone is that
// province's television channel (شبکه کردستان، شبکه خراسان رضوی).
var keyNetwork = persianKey("شبکه")

// provinceChannelAt returns the tokens of «شبکه X» at i, X a province's
// whole name with no name word after it, or 0.
func provinceChannelAt(ts []token, i int) int {
	if ts[i].key != keyNetwork || i+1 >= len(ts) || ts[i+1].sent != ts[i].sent {
		return 0
	}
	n, prov := placeAt(ts, i+1)
	if n == 0 || !prov {
		return 0
	}
	if k := i + 1 + n; k < len(ts) && ts[k].sent == ts[i].sent && !ts[k].punct && (headNounsAt(ts, k) > 0 || placeLen(ts, k) > 0) {
		return 0
	}
	return 1 + n
}
