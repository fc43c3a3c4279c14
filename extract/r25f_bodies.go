package extract

import (
	"strings"

	"github.com/peyvand/peyvand/persian"
)

// r25fPrepositionInPost reports a preposition at j that the noun of
// action before it in a post's title takes («مدیر گروه مبارزه با
// بیماری‌های واگیر معاونت بهداشت دانشگاه X»، «معاون حمایت از خانواده
// اداره کل Y»): the post's title goes on past it to its body, where
// elsewhere «با» or «از» ends the post. The nouns and their prepositions
// are those of body names (lexicon/name_prepositions.txt).
func (a *analysis) r25fPrepositionInPost(j int) bool {
	ts := a.toks
	if j+1 >= len(ts) || !stopWords.has(ts[j].key) || ts[j+1].sent != ts[j].sent || ts[j+1].punct || ts[j+1].digit {
		return false
	}
	if a.personCover[j+1] || a.orgAt(j+1) != nil || stopWords.has(ts[j+1].key) || isVerbLike(ts[j+1].key) {
		return false
	}
	return a.prepositionInName(j)
}

// r25fDropDepartmentTwins drops the post «مدیر گروه» of a department
// «گروه X PARENT» held by one who also holds, from the same words, the
// post «مدیر گروه X» of PARENT (r21bGroupHeadAppointed: one placed in
// the post, «از این پس مدیر گروه X معاونت Y خواهد بود»): one post read
// twice, of which the parent's is the one the newer sets name.
func (a *analysis) r25fDropDepartmentTwins() {
	twin := func(p *personMention, r roleRef, has func(func(*personMention, roleRef) bool) bool) bool {
		if r.role != "مدیر گروه" || !strings.HasPrefix(r.org, "گروه ") {
			return false
		}
		return has(func(q *personMention, s roleRef) bool {
			return samePerson(p, q) && s.org != "" && strings.HasPrefix(s.role, "مدیر گروه ") &&
				strings.HasSuffix(r.org, " "+s.org) && strings.HasPrefix(r.org, strings.TrimPrefix(s.role, "مدیر ")+" ")
		})
	}
	hasAff := func(f func(*personMention, roleRef) bool) bool {
		for _, af := range a.affs {
			if f(af.person, af.role) {
				return true
			}
		}
		return false
	}
	hasApp := func(f func(*personMention, roleRef) bool) bool {
		for _, ap := range a.apps {
			if f(ap.person, ap.role) {
				return true
			}
		}
		return false
	}
	affs := a.affs[:0:0]
	for _, af := range a.affs {
		if !twin(af.person, af.role, hasAff) {
			affs = append(affs, af)
		}
	}
	apps := a.apps[:0:0]
	for _, ap := range a.apps {
		if !twin(ap.person, ap.role, hasApp) {
			apps = append(apps, ap)
		}
	}
	a.affs, a.apps = affs, apps
}

// r25fDepartmentPost reports the post «مدیر گروه» of a department «گروه
// X ...» (academicGroupHead): a post in the department, which names no
// body by itself when no holder is given (findAcademicGroups lists the
// department where it is a body of its own).
func r25fDepartmentPost(r roleRef) bool {
	return r.role == "مدیر گروه" && strings.HasPrefix(r.org, "گروه ")
}

// r25fPlaceBeforeWill reports a place's name at j right before «خواهد»
// («... معاونت بهداشت دانشگاه علوم پزشکی سمنان خواهد بود»): the body's
// last word, not the noun of a compound verb («خدمت خواهد کرد»).
func r25fPlaceBeforeWill(ts []token, j int) bool {
	n, _ := placeAt(ts, j)
	return n == 1
}

// r25fServiceAfterHead reports the noun of serving at he, right after a
// body's bare head, with «خواهد»/«می‌کند» and the like after it: «به
// عنوان معاون فنی اداره کل خدمت خواهد کرد». The head ends there and
// stands for the body named before, as before a verb.
func r25fServiceAfterHead(ts []token, he int) bool {
	if he+1 >= len(ts) || !serviceNouns[ts[he].key] || ts[he+1].sent != ts[he].sent {
		return false
	}
	nx := ts[he+1]
	return nx.key == keyWill || isVerbLike(nx.key) || lightVerbs.has(nx.key)
}

// r25fDirectorateOfPostBefore reads a bare head of two words at h («اداره
// کل») standing for a body none names whole: the body a post before k
// tells by its holder's title («مدیرکل F استان X» heads «اداره کل F
// استان X»), when the page names another body of the head's first word
// («اداره F شهرستان Y», the county office) that the head would otherwise
// be taken for.
func (a *analysis) r25fDirectorateOfPostBefore(h, hn, k int) (string, string, bool) {
	if hn < 2 || a.recentOrgWithHead(a.toks[h].key, h) == nil {
		return "", "", false
	}
	return a.postBodyBefore(persianKey(a.text(h, h+hn)), k)
}

// r25fProvinceOfDirectorate names the directorate general a post tells
// by its field and province alone («مدیرکل آموزش و پرورش فارس») by its
// full form, with «استان» before the province («اداره کل آموزش و پرورش
// استان فارس»), as the sets' gold names such a directorate, unless the
// page names the short form itself as a body. A directorate of a
// governorate («... استانداری X») or a region («... منطقه X») keeps its
// words; where the page names the full form, the short one joins it as
// an alias (as before).
func (a *analysis) r25fProvinceOfDirectorate(r *roleRef) {
	if !strings.HasPrefix(r.org, "اداره کل ") || r.orgPlace == "" || !provinces.has(persian.Squash(r.orgPlace)) {
		return
	}
	head, ok := strings.CutSuffix(r.org, " "+r.orgPlace)
	if !ok {
		return
	}
	w := persian.Words(head)
	if len(w) < 3 {
		return
	}
	switch persianKey(w[len(w)-1]) {
	case keyProvince, keyGovernorate, keyZone, keyCounty, keyCity:
		return
	}
	key, full := persianKey(r.org), head+" استان "+r.orgPlace
	fullKey := persianKey(full)
	for i := range a.orgs {
		if k := persianKey(a.orgs[i].name); k == key || k == fullKey {
			return // the page names it so, or names the full form the short one joins
		}
	}
	r.org = full
}

// r25fBodyOfDistrict reads a bare «ناحیه» after a post («معاون آموزش
// متوسطه ناحیه») in a report of a body whose name holds a district
// («اداره آموزش و پرورش ناحیه ۴ X»): the post is in that body, named last
// before h, not in a body of the district alone (o, when it is of the
// same district or none was found).
func (a *analysis) r25fBodyOfDistrict(h int, o *orgMention) *orgMention {
	ts := a.toks
	if ts[h].key != keyDistrict {
		return nil
	}
	var best *orgMention
	for i := range a.orgs {
		b := &a.orgs[i]
		if b.start >= h || best != nil && b.start <= best.start {
			continue
		}
		w := persian.Words(b.name)
		for x := 1; x+1 < len(w); x++ {
			if persianKey(w[x]) == keyDistrict {
				best = b
				break
			}
		}
	}
	if best == nil {
		return nil
	}
	if o != nil {
		ow := persian.Words(o.name)
		if len(ow) < 2 || !strings.Contains(" "+persian.Normalize(best.name)+" ", " "+persian.Normalize(ow[0]+" "+ow[1])+" ") {
			return nil // another district's body
		}
	}
	return best
}

// r25fOtherNamedBody reports a post's body org that the page names as a
// body of its own, by a proper name that is no short form of the
// report's own body full: «به عنوان مشاور مدیرعامل شرکت توانیر» in a
// report of «شرکت توزیع نیروی برق استان X» is in the national company,
// where «به عنوان مدیرعامل شرکت» is in the report's.
func (a *analysis) r25fOtherNamedBody(org, full string) bool {
	if len(persian.Words(org)) < 2 || shortFormOf(org, full) {
		return false
	}
	key := persianKey(org)
	for i := range a.orgs {
		if persianKey(a.orgs[i].name) == key {
			return true
		}
	}
	return false
}

// r25fBodyOfHeadsFirstWord reads «این HEAD» at h with HEAD the first word
// of a longer head («این اداره» after «اداره کل مدیریت بحران استان X»)
// and no body of that one-word head named: the body named last before h
// whose name starts with the word.
func (a *analysis) r25fBodyOfHeadsFirstWord(h int) *orgMention {
	o := a.lastBodyOfFirstWord(a.toks[h].key, h)
	if o == nil || o.end > h || len(persian.Words(o.head)) < 2 {
		return nil
	}
	return o
}

// r25fHeadOfItBefore reads «BODY و R آن» («با همکاری بیمارستان X و رئیس
// آن، دکتر Y»): a post with no body of its own, «آن» after it and the
// body named right before «و», is that body's post.
func (a *analysis) r25fHeadOfItBefore(r *roleRef) {
	ts := a.toks
	k, e := r.start, r.next
	if r.org != "" || k < 2 || e >= len(ts) || ts[e].key != keyThat || ts[e].sent != ts[k].sent || ts[k-1].key != keyAnd {
		return
	}
	if e+1 < len(ts) && ts[e+1].sent == ts[e].sent && !ts[e+1].punct && !a.personCover[e+1] && a.titleAt(e+1) == 0 {
		return // «رئیس آن سازمان»: a determiner, not the pronoun
	}
	if o := a.orgEndingAt(k - 1); o != nil {
		r.org, r.orgPlace, r.next = o.name, o.place, e+1
	}
}

// r25fCompanyHeads are the heads a company or an organisation named by
// its brand drops in news («فولاد مبارکه» for «شرکت فولاد مبارکه»).
var r25fCompanyHeads = keySet("شرکت", "سازمان")

// r25fHeadlessCompany reads a post with no body whose last words, or the
// words after «در» right after it, are the name of a company named
// before without its head: «معاون منابع انسانی فولاد مبارکه، X» and «به
// عنوان مشاور عالی هیئت‌مدیره در فولاد مبارکه خدمت خواهد کرد» after
// «شرکت فولاد مبارکه». The post is in that company. A brand of one word
// is companyByLastWord's.
func (a *analysis) r25fHeadlessCompany(r *roleRef) {
	ts := a.toks
	if r.org != "" || r.next-r.start < 3 || r.next > len(ts) {
		return
	}
	// the brand as the post's last words, or those and a place the brand
	// ends with («فولاد مبارکه», مبارکه a town)
	ends := []int{r.next}
	if pn := a.placeNameAt(r.next); pn > 0 && r.next+pn <= len(ts) && ts[r.next].sent == ts[r.start].sent {
		ends = append(ends, r.next+pn)
	}
	for _, e := range ends {
		for m := r.start + 1; m+1 < e; m++ {
			if o := a.r25fCompanyOfBrand(m, e, r.start); o != nil {
				r.role, r.org, r.orgPlace, r.next = strings.TrimSpace(a.text(r.start, m)), o.name, o.place, e
				return
			}
		}
	}
	// «... در BRAND» ending at a noun of serving, a verb or a mark
	i := r.next
	if i+2 >= len(ts) || ts[i].key != keyIn || ts[i].sent != ts[r.start].sent {
		return
	}
	for e := i + 3; e <= len(ts) && e-i <= 6; e++ {
		if e < len(ts) && ts[e].sent != ts[i].sent {
			break
		}
		if e < len(ts) && !(ts[e].punct || serviceNouns[ts[e].key] || isVerbLike(ts[e].key) || ts[e].key == keyWill) {
			continue
		}
		if o := a.r25fCompanyOfBrand(i+1, e, r.start); o != nil {
			r.org, r.orgPlace, r.next = o.name, o.place, e
		}
		return
	}
}

// r25fCompanyOfBrand returns the company or organisation named before
// token before whose name is its head followed by the words from m to e
// (two words or more), else the one such body whose name without its
// head holds those words (three or more) in order with its own first and
// last words, else nil.
func (a *analysis) r25fCompanyOfBrand(m, e, before int) *orgMention {
	if e-m < 2 {
		return nil
	}
	for x := m; x < e; x++ {
		if t := a.toks[x]; t.punct || t.digit || a.personCover[x] || a.orgCover[x] || stopWords.has(t.key) && t.key != keyAnd {
			return nil
		}
	}
	tail := persianKey(a.text(m, e))
	var words []string
	for x := m; x < e; x++ {
		words = append(words, a.toks[x].key)
	}
	var found, short *orgMention
	shorts := 0
	for x := range a.orgs {
		o := &a.orgs[x]
		if o.start >= before || !r25fCompanyHeads[persianKey(o.head)] {
			continue
		}
		if persianKey(o.name) == persianKey(o.head)+tail {
			found = o
			continue
		}
		// «توزیع برق X» for «شرکت توزیع نیروی برق X»: the name told
		// short, its first and last words kept.
		ow := keysOf(persian.Words(o.name))
		if len(words) >= 3 && len(ow) > len(words)+1 && ow[1] == words[0] && ow[len(ow)-1] == words[len(words)-1] && isSubsequence(words, ow[1:]) {
			if short == nil || persianKey(short.name) != persianKey(o.name) {
				shorts++
			}
			short = o
		}
	}
	if found == nil && shorts == 1 {
		found = short
	}
	return found
}

// r25fZoneAffairsUnit reports the words of «مدیر امور X منطقه N Y» read
// for a «مدیریت»: a company's unit of a city zone named «امور» («امور برق
// منطقه دو Y») is the body its manager heads, as its county unit is
// (r23bCountyAffairsUnit).
func r25fZoneAffairsUnit(prefix string, rest []string, place string) bool {
	n := len(rest)
	if persianKey(prefix) != keyManagement || n < 4 || place == "" || persianKey(rest[0]) != keyAffairs || persianKey(rest[n-1]) != persianKey(place) {
		return false
	}
	z := persianKey(rest[n-3])
	num := persianKey(rest[n-2])
	return z == keyZone && (isDigits(num) || numberWords[num])
}
