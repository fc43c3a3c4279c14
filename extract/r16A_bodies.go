package extract

import "strings"

// localOfficeVerbalNoun reports a verbal noun at j right after the head of
// a place's own office at i (استانداری، فرمانداری، شهرداری): such an
// office's name goes on only with its place or its district, so the
// verbal noun (پیگیری، اجرا، تکمیل) starts the clause the office is the
// subject of: «استانداری پیگیری ساخت جاده را بر عهده دارد».
func (a *analysis) localOfficeVerbalNoun(i, j int) bool {
	ts := a.toks
	if j >= len(ts) || j != i+1 || !localOffices.has(ts[i].key) || placeLen(ts, j) > 0 {
		return false
	}
	k := ts[j].key
	if passiveNouns[k] {
		return true
	}
	r := []rune(k)
	return len(r) == 5 && r[0] == 'ت' && r[3] == 'ی'
}

// brandMonths are the months' names that are given names too (آذر،
// بهمن), which end a company's brand as its last word.
var brandMonths = keySet("آذر", "بهمن")

// brandMonthAfter are the words after a month's name that make it a date:
// the month itself, the year and the time words of a date (آذر ماه، آذر
// امسال، بهمن گذشته، آذر سال جاری).
var brandMonthAfter = keySet("ماه", "سال", "امسال", "گذشته", "پارسال", "جاری", "آینده", "همین", "همان", "سالجاری")

// brandMonthAt reports a month's name at j that is the last word of the
// brand of a company at i: after a word of the name, not a number, and
// with no word of a date after it (a number, ماه، امسال). «شرکت لبنیات
// کوهسار آذر سالانه ۱۰ هزار تن شیر می‌خرد» names «شرکت لبنیات کوهسار
// آذر»; «شرکت X آذر امسال افتتاح شد» and «شرکت X ۱۵ آذر» tell a date.
func brandMonthAt(ts []token, i, j int) bool {
	if !brandMonths[ts[j].key] || !companyHeads[ts[i].key] || j == 0 || ts[j-1].punct || ts[j-1].digit || stopWords.has(ts[j-1].key) {
		return false
	}
	k := j + 1
	if k >= len(ts) || ts[k].sent != ts[j].sent {
		return false
	}
	n := ts[k]
	return !n.punct && !n.digit && !isDigits(n.key) && !brandMonthAfter[n.key] && !strings.HasPrefix(n.key, persianKey("ماه"))
}

// determinedPlaces are the place nouns that «این» or «آن» points with
// after a body's name: «اداره کل X این استان» is the body of that place.
var determinedPlaces = keySet("استان", "شهرستان", "شهر", "کشور", "منطقه", "بخش", "روستا", "ناحیه", "حوزه", "دهستان")

// cutObjectBeforeDeterminer ends a body's name before the verbal noun
// that starts the object of its clause: «اداره کل نوسازی مدارس تعمیر
// اساسی این هنرستان را پذیرفت» names «اداره کل نوسازی مدارس», the
// object «تعمیر اساسی این هنرستان» going on after the name with «این» and
// a noun that is no place, then «را». The verbal noun (one of the taf'il
// form, تجهیز، تأمین، or of passiveNouns, بررسی، اجرا) is past the head's
// first name word; «ستاد تنظیم بازار این کالاها را» keeps its name.
func (a *analysis) cutObjectBeforeDeterminer() {
	ts := a.toks
	for x := range a.orgs {
		o := &a.orgs[x]
		e := o.end
		if o.start < 0 || e+2 >= len(ts) || !isDeterminer(ts[e].key) || ts[e+1].sent != ts[o.start].sent || ts[e+1].punct ||
			determinedPlaces[ts[e+1].key] || o.bracketed != "" || o.place != "" || r23cEndsAtPlaceWord(ts, o) || o.name != a.text(o.start, o.end) {
			continue
		}
		ra := false
		for k := e + 2; k < len(ts) && k <= e+8 && ts[k].sent == ts[e].sent && !ts[k].punct; k++ {
			if ts[k].key == keyRa {
				ra = true
				break
			}
		}
		if !ra {
			continue
		}
		hn := len(strings.Fields(o.head))
		for k := e - 1; k > o.start+hn; k-- {
			if headNounsAt(ts, k) > 0 || placeLen(ts, k) > 0 {
				break
			}
			if tafilShaped(ts[k].key) || passiveNouns[ts[k].key] {
				o.end = k
				o.name = a.text(o.start, k)
				break
			}
		}
	}
}

// nearPlacedForm returns the county named last before o, in its sentence
// or the one before, for o a body with «شهرستان» and no name of the county
// after it, when the report names that body of another county (or of
// two) in full: «فرمانده انتظامی
// شهرستان الف ... در آیینی با حضور فرمانده پیشین، اکنون در فرماندهی
// انتظامی شهرستان ب» then «الف ... جانشین فرماندهی انتظامی شهرستان» is
// the body of الف.
func (a *analysis) nearPlacedForm(o *orgMention) string {
	near := a.placeBefore(o.start, false)
	if near == "" {
		return ""
	}
	ts := a.toks
	places := map[string]bool{}
	for y := range a.orgs {
		f := &a.orgs[y]
		if f == o || f.place == "" {
			continue
		}
		fk := strings.ReplaceAll(persianKey(f.name), " ", "")
		all := true
		for k := o.start; k < o.end-1 && all; k++ {
			if !ts[k].punct && !strings.Contains(fk, strings.ReplaceAll(ts[k].key, " ", "")) {
				all = false
			}
		}
		if all && strings.HasSuffix(fk, strings.ReplaceAll(persianKey(f.place), " ", "")) {
			places[persianKey(f.place)] = true
		}
	}
	if len(places) == 0 || len(places) == 1 && places[persianKey(near)] {
		return "" // the one fuller form: the bodies join when assembled
	}
	return near
}

// educationHead is «آموزش و پرورش», the head of a city's education body.
var educationHead = persianKey("آموزش و پرورش")

// findZonesBeforeEducation lists a city's numbered education zone named
// before the city's education body, «منطقه ۲ آموزش و پرورش X», as its
// «ناحیه ۲ آموزش و پرورش X» is: the zone is a body of its own, under the
// city's. «منطقه» alone is no head (منطقه گرمسیری), so only its number
// and the education body right after it make it one.
func (a *analysis) findZonesBeforeEducation() {
	ts := a.toks
	n := len(a.orgs)
	for x := 0; x < n; x++ {
		o := a.orgs[x]
		s := o.start
		if s < 2 || persianKey(o.head) != educationHead || o.place == "" || !ts[s-1].digit && !numberWords[ts[s-1].key] ||
			ts[s-1].sent != ts[s].sent || ts[s-2].key != keyZone || a.orgCover[s-2] {
			continue
		}
		a.orgs = append(a.orgs, orgMention{start: s - 2, end: o.end, name: a.text(s-2, o.end), head: ts[s-2].text, place: o.place})
		a.orgCover[s-2], a.orgCover[s-1] = true, true
	}
}

var (
	keyUnion           = persianKey("اتحادیه")
	keyCooperatives    = persianKey("تعاونی‌های")
	keyCompaniesPlural = persianKey("شرکت‌های")
	keyCooperative     = persianKey("تعاونی")
)

// nameCooperativeUnions names a union of cooperatives by its full name
// when the report writes it in full too: «اتحادیه تعاونی‌های تولید
// استان X» is «اتحادیه شرکت‌های تعاونی تولید روستایی استان X», a
// cooperative (تعاونی) being a cooperative company (شرکت تعاونی). The
// short name's words after «تعاونی‌های» are the full one's, in order, and
// the place is the same.
func (a *analysis) nameCooperativeUnions() {
	ts := a.toks
	for x := range a.orgs {
		o := &a.orgs[x]
		if o.start < 0 || o.end-o.start < 3 || ts[o.start].key != keyUnion || ts[o.start+1].key != keyCooperatives {
			continue
		}
		var full *orgMention
		for y := range a.orgs {
			f := &a.orgs[y]
			if f == o || f.start < 0 || f.end-f.start < 4 || ts[f.start].key != keyUnion || ts[f.start+1].key != keyCompaniesPlural ||
				ts[f.start+2].key != keyCooperative || persianKey(f.place) != persianKey(o.place) || f.name != a.text(f.start, f.end) {
				continue
			}
			if a.wordsInOrder(o.start+2, o.end, f.start+3, f.end) {
				if full != nil && full.name != f.name {
					full = nil
					break
				}
				full = f
			}
		}
		if full == nil {
			continue
		}
		if o.bracketed == "" {
			o.bracketed = o.name
		}
		o.name = full.name
	}
}

// wordsInOrder reports whether the words of tokens i..j are among those
// of k..l, in order.
func (a *analysis) wordsInOrder(i, j, k, l int) bool {
	ts := a.toks
	for ; i < j; i++ {
		if ts[i].punct {
			continue
		}
		for k < l && ts[k].key != ts[i].key {
			k++
		}
		if k == l {
			return false
		}
		k++
	}
	return true
}

// nameFieldShortForms names a body written with a short form of its
// fields by the full name the report gives it: «سازمان ورزش شهرداری X» is
// «سازمان فرهنگی، اجتماعی و ورزشی شهرداری X», the noun of a field (ورزش)
// standing for its adjective (ورزشی). Both have the same head and the
// same parent body after the fields; each field word of the short name is
// a field word of the full one, or that word's noun, in order.
func (a *analysis) nameFieldShortForms() {
	ts := a.toks
	for x := range a.orgs {
		o := &a.orgs[x]
		ohn, so := a.fieldSpan(o)
		if so < 0 || o.bracketed != "" {
			continue
		}
		var full *orgMention
		for y := range a.orgs {
			f := &a.orgs[y]
			fhn, sf := a.fieldSpan(f)
			if f == o || sf < 0 || fhn != ohn || a.keyOf(f.start, f.start+fhn) != a.keyOf(o.start, o.start+ohn) ||
				!a.sameParentTail(o, so, f, sf) || sf-f.start <= so-o.start || f.name != a.text(f.start, f.end) {
				continue
			}
			if fieldWordsOf(ts, o.start+ohn, so, f.start+fhn, sf) {
				if full != nil && full.name != f.name {
					full = nil
					break
				}
				full = f
			}
		}
		if full == nil {
			continue
		}
		o.bracketed = o.name
		o.name = full.name
		o.place = full.place
	}
}

// sameParentTail reports whether o and f end with the same parent body
// from so and sf on, or o with that body's head alone and no place
// («سازمان ورزش شهرداری» of «... شهرداری سمنان»).
func (a *analysis) sameParentTail(o *orgMention, so int, f *orgMention, sf int) bool {
	if a.keyOf(sf, f.end) == a.keyOf(so, o.end) {
		return true
	}
	n := o.end - so
	return o.place == "" && o.genericPlace == "" && f.place != "" && f.end-sf > n && a.keyOf(sf, sf+n) == a.keyOf(so, o.end)
}

// fieldSpan returns the length of o's head and where its parent body
// starts, the first head noun after the head with a field word between
// (شهرداری in «سازمان ورزش شهرداری X»); -1 when o has none or was
// renamed.
func (a *analysis) fieldSpan(o *orgMention) (int, int) {
	ts := a.toks
	if o.start < 0 || o.end > len(ts) || o.end-o.start < 3 || o.name != a.text(o.start, o.end) {
		return 0, -1
	}
	hn, _ := headNouns.at(ts, o.start)
	if hn == 0 {
		return 0, -1
	}
	for k := o.start + hn + 1; k < o.end; k++ {
		if headNounsAt(ts, k) > 0 {
			return hn, k
		}
	}
	return 0, -1
}

// fieldWordsOf reports whether each word of i..j is, in order, a word of
// k..l or the noun of one (ورزش of ورزشی), the commas and «و» aside.
func fieldWordsOf(ts []token, i, j, k, l int) bool {
	n := 0
	for ; i < j; i++ {
		if ts[i].punct || ts[i].key == keyAnd {
			continue
		}
		for k < l && ts[k].key != ts[i].key && ts[k].key != ts[i].key+"ی" {
			k++
		}
		if k == l {
			return false
		}
		k++
		n++
	}
	return n > 0
}
