package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/peyvand/peyvand/persian"
)

// commemorationNouns are the nouns of marking an occasion that a
// committee's or headquarters' name holds (ستاد گرامیداشت، کمیته
// بزرگداشت، ستاد برگزاری).
var commemorationNouns = keySet("گرامیداشت", "بزرگداشت", "پاسداشت", "نکوداشت", "برگزاری")

// namedOccasionWords are the words of a named occasion of the calendar: «هفته
// بسیج»، «روز معلم»، «دهه فجر».
var namedOccasionWords = keySet("هفته", "روز", "دهه")

// occasionDateWords after «هفته» or «روز» make it a date, not an
// occasion: «هفته آینده»، «روز گذشته»، «هفته نخست».
var occasionDateWords = keySet("آینده", "گذشته", "جاری", "اخیر", "پیش", "بعد", "قبل", "نخست", "اول", "دوم", "سوم", "آخر", "پایانی", "دیگر", "جدید")

// occasionInName reports at j a named occasion (هفته، روز، دهه and the
// occasion's own noun) right after a noun of marking it inside a body's
// name: «ستاد گرامیداشت هفته بسیج استان الف» goes on past «هفته», which
// elsewhere tells a date and ends a name. A time word after it
// («ستاد گرامیداشت هفته آینده تشکیل می‌شود») leaves it a date.
func (a *analysis) occasionInName(j int) bool {
	ts := a.toks
	if j == 0 || j+1 >= len(ts) || !namedOccasionWords[ts[j].key] || !commemorationNouns[ts[j-1].key] {
		return false
	}
	n := ts[j+1]
	return n.sent == ts[j].sent && !isOrgStop(n) && !isDigits(n.key) && !timeAdverbs[n.key] && !occasionDateWords[n.key] &&
		!weekdayWords.has(n.key) && !a.personCover[j+1] &&
		!startsCompoundVerb(ts, j+1) && placeLen(ts, j+1) == 0
}

// maxCommissionFields bounds the words from the first comma of a
// parliament commission's listed fields to «مجلس»: its items as many and
// as long as commaListContinues reads, with their commas and «و»
// («کمیسیون الف، ب، ج د و ه و مجلس»).
const maxCommissionFields = (maxCommaItems+1)*(maxCommaItem+1) + 1

// knownBodyHeadWord returns the key of the first word of a head that is
// a national body's fixed name of several words (کمیته امداد، بانک مسکن)
// when that word is a head noun of its own: «این کمیته» and «این بانک»
// point to the body so named as to any «کمیته X». Else it returns "".
func knownBodyHeadWord(head string) string {
	w := strings.Fields(head)
	if len(w) < 2 || !knownBodies.has(persianKey(head)) {
		return ""
	}
	first := persianKey(w[0])
	if !headNouns.has(first) {
		return ""
	}
	return first
}

// fullerFirst orders bodies for joining short forms to full ones: more
// core words first, and of as many, one named with its place before one
// named with a place word alone (استان), and that before one named with
// neither, so that «کمیته الف استان ب» has joined «اداره کل کمیته الف
// استان ب» before «کمیته الف» alone looks for its fuller forms and finds
// one body, not two.
func fullerFirst(e, f *orgEnt) bool {
	if len(e.core) != len(f.core) {
		return len(e.core) > len(f.core)
	}
	return placeRank(e) > placeRank(f)
}

// placeRank is 2 for a body named with its place, 1 with a place word
// alone, else 0.
func placeRank(e *orgEnt) int {
	switch {
	case e.place != "":
		return 2
	case e.generic != "":
		return 1
	}
	return 0
}

// addFieldManagements lists, for a county's field body named right after
// «مدیر (جدید/سابق)» («مدیر جهاد کشاورزی شهرستان الف»), the «مدیریت» the
// manager heads as a body named from that post: the field's name as
// written is one of its forms. Only a name with «شهرستان» is read so: a
// province's field body (سازمان جهاد کشاورزی استان), a field named with
// its town alone and a county office the report names as an «اداره» are
// left alone.
func (a *analysis) addFieldManagements() {
	ts := a.toks
	named := map[string]bool{}
	for _, o := range a.orgs {
		named[persianKey(o.name)] = true
	}
	n := len(a.orgs)
	for x := 0; x < n; x++ {
		o := a.orgs[x]
		if o.start == 0 || !managementFields.has(persianKey(o.head)) || firstWordKey(o.name) != persianKey(strings.Fields(o.head)[0]) {
			continue
		}
		if o.place == "" && o.genericPlace != keyCounty || o.place != "" && placeWordBefore(o.name, o.place) != keyCounty {
			continue // «مدیر جهاد کشاورزی X» with no «شهرستان» is the field's as written
		}
		k := o.start - 1
		if k > 0 && (ts[k].key == keyNew || formerWords[ts[k].key]) {
			k--
		}
		if ts[k].key != keyManager || ts[k].sent != ts[o.start].sent {
			continue
		}
		name := managementOf + " " + o.name
		if named[persianKey(name)] || named[persianKey(officeOf+" "+o.name)] {
			continue
		}
		named[persianKey(name)] = true
		a.orgs = append(a.orgs, orgMention{start: o.start, end: o.end, name: name, head: managementOf + " " + o.head, place: o.place, genericPlace: o.genericPlace})
	}
}

// fieldManagementOf returns the county's «مدیریت» of a management field
// (managementFields) that the file names, for e named by the field and
// its place alone: «جهاد کشاورزی شهرستان الف» is a form of «مدیریت جهاد
// کشاورزی شهرستان الف». Else nil.
func fieldManagementOf(e *orgEnt, byKey map[string]*orgEnt) *orgEnt {
	if !managementFields.has(persianKey(e.head)) || e.place == "" && e.generic == "" {
		return nil
	}
	if t := byKey[persianKey(managementOf+" "+e.name)]; t != nil && t != e && t.mergeTo == nil {
		return t
	}
	return nil
}

// serviceCodeAt reports at j a public service's three-digit telephone
// code inside its centre's name, before the name's place: «مرکز
// فوریت‌های برق ۱۲۱ الف»، «مرکز ارتباطات مردمی ۱۱۱ استان ب». The code
// follows a word of the name and the place comes right after it, so a
// count («۱۲۰ روستا») or a date («۱۲ آذر») is no code.
func serviceCodeAt(ts []token, j int) bool {
	t := ts[j]
	if !t.digit || j == 0 || j+1 >= len(ts) || ts[j+1].sent != t.sent || utf8.RuneCountInString(t.key) != 3 {
		return false
	}
	if p := ts[j-1]; p.punct || p.digit || isOrgStop(p) {
		return false
	}
	n := ts[j+1]
	return placeLen(ts, j+1) > 0 || (n.key == keyProvince || n.key == keyCounty) && placeLen(ts, j+2) > 0
}

// keyVillage and keyVillageOf are «روستا» and «روستای», the village word
// alone and joined to the village's name; keyPluralOf is the plural's
// ending «های» joined to the next word, keyPlural «ها» alone.
var (
	keyVillage   = persianKey("روستا")
	keyVillageOf = persianKey("روستای")
	keyPluralOf  = persianKey("های")
	keyPlural    = persianKey("ها")
)

// villageWord returns the core word of k with the «ی» that joins it to
// the next word dropped where the word is a short form's last: «روستای»
// reads as «روستا», so «شورای اسلامی روستا» is a short form of «شورای
// اسلامی روستای الف», the village's name left out as a place's is; a
// plural's «های» reads as «ها», so «اداره کل زندان‌های استان الف» is a
// form of «اداره کل زندان‌ها و ... استان الف».
func villageWord(k string) string {
	switch k {
	case keyVillageOf:
		return keyVillage
	case keyPluralOf:
		return keyPlural // «زندان‌های» written with its joiner: «های» a word of its own
	}
	if base, ok := strings.CutSuffix(k, keyPluralOf); ok && utf8.RuneCountInString(base) >= 3 {
		return base + keyPlural
	}
	return k
}

// deputyBesideHead reports a deputy's post (معاون X) in a body named
// short beside the head's post of that body's branch: «معاون برنامه‌ریزی
// سازمان مدیریت و برنامه‌ریزی» beside «رئیس سازمان مدیریت و برنامه‌ریزی
// استان الف» is the branch's deputy, not the national body's, as the
// head of the national body beside the branch's is (branchHeldByOther).
func deputyBesideHead(role, branchRole string) bool {
	return firstWordKey(role) == keyDeputyPost && firstWordKey(branchRole) != keyDeputyPost
}

// keyDivision and keyResearch are «بخش» and «تحقیقات»: «بخش تحقیقات X»
// is a research centre's division.
var (
	keyDivision = persianKey("بخش")
	keyResearch = persianKey("تحقیقات")
)

// findResearchDivisions lists a research centre's division named with
// the centre after its field («بخش تحقیقات فنی و مهندسی کشاورزی مرکز
// تحقیقات الف») as a body of its own under that whole name, as a
// department of a faculty is (findAcademicGroups). «بخش» alone, a
// county's district (بخش مرکزی), is left to the place rules.
func (a *analysis) findResearchDivisions() {
	ts := a.toks
	for i := 0; i+2 < len(ts); i++ {
		if ts[i].key != keyDivision || ts[i+1].key != keyResearch || a.orgCover[i] || ts[i+1].sent != ts[i].sent {
			continue
		}
		end := 0
		for j := i + 2; j < len(ts) && j <= i+2+maxGroupWords && ts[j].sent == ts[i].sent; j++ {
			t := ts[j]
			if o := a.orgAt(j); o != nil {
				if j > i+2 && a.bareHeadAt(j) == 0 {
					end = o.end // the centre the division is of
				}
				break
			}
			if t.punct || t.digit || isOrgStop(t) && t.key != keyAnd || a.personCover[j] || a.titleAt(j) > 0 {
				break
			}
			if n, _ := headNouns.at(ts, j); n > 0 {
				break
			}
		}
		if end > 0 {
			o := a.orgAt(end - 1)
			place := ""
			if o != nil {
				place = o.place
			}
			a.addOrg(i, end, ts[i].text, place)
		}
	}
}

// r17aOutletRepeated reports a masthead line's n words at i that come
// back as an outlet in one more way than outletRepeated reads: at the
// start of a line before a dash, as the paper's desk line («الف ب - گروه
// اقتصادی:»).
func (a *analysis) r17aOutletRepeated(i, n int) bool {
	ts := a.toks
	for k := 1; k+n < len(ts); k++ {
		if ts[k].sent == ts[i].sent || ts[k-1].sent == ts[k].sent {
			continue
		}
		if sameKeys(ts, i, k, n) && isDash(ts[k+n]) {
			return true
		}
	}
	return false
}

// maxMastheadLines bounds the lines read from a page's top for the
// outlet's own line.
const maxMastheadLines = 12

// mastheadOutlets returns the listed outlets named on the page's first
// lines that are the outlet's own line («خبرگزاری الف»، «الف آنلاین |
// ...»), as written: segmenting drops such a line, yet it gives the name
// the report's «خبرنگار الف» stands for.
func mastheadOutlets(text string) []string {
	var out []string
	for n, raw := range strings.SplitN(text, "\n", maxMastheadLines+1) {
		if n == maxMastheadLines {
			break
		}
		s := persian.Normalize(raw)
		if !isOutletLine(s) {
			continue
		}
		for _, part := range strings.FieldsFunc(s, isHeaderSeparator) {
			k := persian.Squash(part)
			if outlets.has(k) || outlets.has(strings.TrimPrefix(k, keyAgency)) {
				out = append(out, strings.TrimSpace(part))
			}
		}
	}
	return out
}

// mastheadNames reports name among the outlets of the page's own lines.
func (a *analysis) mastheadNames(name string) bool {
	if a.cache == nil {
		return false
	}
	k := persianKey(name)
	for _, m := range a.cache.mastheads {
		if persianKey(m) == k {
			return true
		}
	}
	return false
}

// findMastheadBylines reads a byline «خبرنگار الف:» or «خبرنگار الف،» whose
// one word starts the name of the outlet of the page's own line («الف
// آنلاین») and is no listed outlet itself: the reporter is that outlet's.
func (a *analysis) findMastheadBylines() {
	if a.cache == nil || len(a.cache.mastheads) == 0 {
		return
	}
	ts := a.toks
	for k := 1; k+1 < len(ts); k++ {
		if ts[k-1].key != keyReporter || a.orgCover[k] || ts[k].punct || !(ts[k+1].punct || ts[k+1].sent != ts[k].sent) {
			continue
		}
		if n, _ := outlets.at(ts, k); n > 0 {
			continue
		}
		for _, m := range a.cache.mastheads {
			w := strings.Fields(m)
			if len(w) > 1 && persianKey(w[0]) == ts[k].key && outlets.has(persianKey(m)) {
				a.orgs = append(a.orgs, orgMention{start: k, end: k + 1, name: m})
				a.orgCover[k] = true
				break
			}
		}
	}
}

// joinNamesOfForms joins a body left apart whose name is a form another
// body of the file was named by (its bracketed short name, a form it
// took in): «ایرنا» of a dateline is «خبرگزاری جمهوری اسلامی (ایرنا)»
// of the masthead, one name standing for one body in a file.
func joinNamesOfForms(ents []*orgEnt) {
	byForm := map[string]*orgEnt{}
	for _, e := range ents {
		if e.mergeTo != nil {
			continue
		}
		for _, f := range e.forms {
			k := persianKey(f)
			if t, ok := byForm[k]; ok && t != e {
				byForm[k] = nil // a form of two bodies names neither
				continue
			}
			byForm[k] = e
		}
	}
	for _, e := range ents {
		if e.mergeTo != nil || len(e.forms) > 0 {
			continue
		}
		if t := byForm[e.key]; t != nil && t != e && t.root() != e {
			mergeOrg(e, t.root())
		}
	}
}

// officeHeadLeftOut reports a short name e that is f's name without its
// office head (اداره کل، اداره، مدیریت), words and place alike: «راه‌آهن
// منطقه الف» is «اداره کل راه‌آهن منطقه الف».
func officeHeadLeftOut(e, f *orgEnt) bool {
	if e.place == "" || persianKey(e.place) != persianKey(f.place) || !branchOfficeHeads[persianKey(f.head)] || len(e.core) < 2 {
		return false
	}
	return equalWords(f.after, e.core)
}

// thisVillage reads «دهیار این روستا» (rest the words «روستا» ends): the
// village named last before token i in the article («روستای الف»), so the
// post's body is «دهیاری روستای الف». With none named, the body stays
// unnamed (no place, no words).
func (a *analysis) thisVillage(rest []string, i int) ([]string, string, string) {
	ts := a.toks
	if len(rest) == 0 || i >= len(ts) {
		return nil, "", ""
	}
	for k := i - 2; k >= 0 && k >= a.sentTok[max(0, ts[i].sent-discourseReach)]; k-- {
		if ts[k].key != keyVillageOf || ts[k+1].sent != ts[k].sent {
			continue
		}
		n := ts[k+1]
		if n.punct || n.digit || isOrgStop(n) || a.personCover[k+1] || roleWordsAt(ts, k+1) > 0 {
			return nil, "", ""
		}
		words := append(rest[:len(rest)-1:len(rest)-1], ts[k].text, n.text)
		return words, n.text, ""
	}
	return nil, "", ""
}

// listedManagementHead reports a body's name under a listed head of
// several words that starts with «مدیریت» (مدیریت جهاد کشاورزی، مدیریت
// توزیع برق): a management that is a body of its own, so «مدیر X» names
// it even with no holder beside the post. A field whose county office is
// an «اداره» (county_offices.txt) is left out.
func listedManagementHead(name string) bool {
	ts, _ := tokenize(name)
	if len(ts) == 0 || ts[0].key != keyManagement {
		return false
	}
	if fn, _ := countyOffices.at(ts, 1); fn > 0 {
		return false // «مدیریت آموزش و پرورش»: a field whose county office is an «اداره»
	}
	n, _ := headNouns.at(ts, 0)
	return n > 1
}

// meetingWithAt reports «با» at k after a noun of a session or visit
// («نشست با هیئت‌مدیره شرکت الف»، «دیدار با هیئت‌امنای ب»): the board
// after it is met as a body, as after «جلسه هیئت‌مدیره».
func meetingWithAt(ts []token, k int) bool {
	return k > 0 && ts[k].key == keyWith && ts[k-1].sent == ts[k].sent && (meetingNouns[ts[k-1].key] || ts[k-1].key == keyVisitOf)
}

// keyVisitOf is «دیدار», a visit paid to someone.
var keyVisitOf = persianKey("دیدار")

// joinSameNames joins bodies that took the same fullest name in the end
// («شعب بانک الف استان ب» named as its management, «مدیریت شعب بانک الف
// استان ب», beside that management inferred from its head's post): one
// name is one body.
func joinSameNames(ents []*orgEnt) {
	byName := map[string]*orgEnt{}
	for _, e := range ents {
		if e.mergeTo != nil {
			continue
		}
		k := persianKey(e.name)
		t := byName[k]
		if t == nil {
			byName[k] = e
			continue
		}
		mergeOrg(e, t)
		t.forms = removeForm(t.forms, t.name)
	}
}

// keyHoldingCo is «هلدینگ», a holding company's kind written before its name.
var keyHoldingCo = persianKey("هلدینگ")

// holdingCompany returns, for «هلدینگ الف» (a holding named by its kind),
// the one body of the file under a generic head (شرکت، سازمان) whose name
// ends with «الف»: «هلدینگ خلیج فارس» is «شرکت صنایع پتروشیمی خلیج
// فارس». Else nil.
func holdingCompany(e *orgEnt, ents []*orgEnt) *orgEnt {
	w := strings.Fields(e.name)
	if len(w) < 2 || persianKey(w[0]) != keyHoldingCo {
		return nil
	}
	rest := persianKey(strings.Join(w[1:], " "))
	var only *orgEnt
	for _, f := range ents {
		if f == e || f.mergeTo != nil || !strings.HasSuffix(f.key, rest) || len(f.key) <= len(rest) {
			continue
		}
		if !genericHeaded(f.key) {
			continue
		}
		if only != nil {
			return nil
		}
		only = f
	}
	return only
}

// keyOrganization is «سازمان», the head of a province's or the country's
// organization of a field.
var keyOrganization = persianKey("سازمان")

// countyOfOrganization reports a field named with «شهرستان» alone («جهاد
// کشاورزی شهرستان») whose long form is a «سازمان»: a county's office of
// the field is no «سازمان» (it is an «اداره» or «مدیریت»), so the short
// name is not read as the organization's.
func countyOfOrganization(e *orgEnt, long string) bool {
	return e.generic == keyCounty && firstWordKey(long) == keyOrganization
}

// zoneOfParent reports a head noun starting at core word k, right after a
// zone's number: the zone numbers the parent body named there («دبیرستان
// الف ناحیه ۲ آموزش و پرورش ب» is a school of the district's education
// office), not a part of the body the short name names.
func zoneOfParent(core []string, k int) bool {
	key := ""
	for j := k; j < len(core) && j < k+3; j++ {
		key += core[j]
		if headNouns.has(key) {
			return true
		}
	}
	return false
}
