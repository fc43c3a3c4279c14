package extract

import (
	"slices"
	"strings"

	"github.com/peyvand/peyvand/persian"
)

// r23cDropBodyNames drops a person whose whole name, with no title, is
// the whole name of a body the file names with no head noun: an outlet
// or an agency in the furniture («نسترن سبز | روزنامه صبح استان X»، then
// «شهر - نسترن سبز:») is no person, though a given name starts it.
func (a *analysis) r23cDropBodyNames() {
	own := map[string]bool{}
	for _, o := range a.orgs {
		if o.end-o.start >= 2 && o.end <= len(a.toks) && headNounsAt(a.toks, o.start) == 0 && o.name == a.text(o.start, o.end) {
			own[a.keyOf(o.start, o.end)] = true
		}
	}
	if len(own) == 0 {
		return
	}
	a.persons = slices.DeleteFunc(a.persons, func(p personMention) bool {
		if p.nameStart != p.start || len(p.titles) > 0 || !own[a.keyOf(p.start, p.end)] {
			return false
		}
		for k := p.start; k < p.end; k++ {
			a.personCover[k] = false
		}
		return true
	})
}

// r23cPlaceLevel reports the key of «بندر» or «بخش» before a body's place:
// like «استان» and «شهرستان», they tell the place's level, and a port's or
// a district's office is no short form of the province's of the same name
// («گمرک بندر الف» is not «گمرک استان الف»).
func r23cPlaceLevel(k string) bool {
	return k == keyPort || k == keyDivision
}

// r23cOwnObject reports a noun at j followed by «خود» and «را» («کار خود
// را»، «فعالیت خود را»): the object of the clause whose subject a post
// and its body are («با حکم وزیر الف کار خود را آغاز کرد»), no word of
// the body's name.
func r23cOwnObject(ts []token, j int) bool {
	return j+2 < len(ts) && ts[j+1].key == keyOwn && ts[j+2].key == keyRa && ts[j+2].sent == ts[j].sent
}

// r23cDropCrumbSteps drops the bodies named in a step of a page's
// breadcrumb after the site's home («خانه / اخبار / معاونت الف»): the
// steps are the site's sections, not bodies the report tells of. An
// outlet before the trail («خبرگزاری الف | استان‌ها » ب») stays.
func (a *analysis) r23cDropCrumbSteps() {
	ts := a.toks
	crumb := map[int]bool{}
	for s, sp := range a.sents {
		if isBreadcrumb(sp.Text) {
			parts := strings.FieldsFunc(sp.Text, func(r rune) bool { return r == '/' || r == '»' || r == '›' || r == '‹' || r == '>' })
			crumb[s] = len(parts) > 0 && crumbHomes[persian.Squash(strings.TrimSpace(parts[0]))]
		}
	}
	if len(crumb) == 0 {
		return
	}
	a.orgs = slices.DeleteFunc(a.orgs, func(o orgMention) bool {
		if o.start < 0 || o.start >= len(ts) || !crumb[ts[o.start].sent] {
			return false
		}
		for k := o.start; k < o.end && k < len(ts); k++ {
			a.orgCover[k] = false
		}
		return true
	})
}

// r23cEndsAtPlaceWord reports a body's name that ends with the word of its
// place's kind («... مدارس استان»، «... شهرستان»): the name is whole, and
// a determiner after it («... استان این کلاس‌ها را») starts the clause's
// object, not a cut inside the name.
func r23cEndsAtPlaceWord(ts []token, o *orgMention) bool {
	if o.genericPlace == "" || o.end < 1 || o.end > len(ts) {
		return false
	}
	k := ts[o.end-1].key
	return k == keyProvince || k == keyCounty || k == keyCity
}

// r23cDistrictOfBody reports a district named alone («ناحیه یک الف»،
// «منطقه ۳ الف») at the end of the name of a body of it («اداره آموزش و
// پرورش ناحیه یک الف»): «مدارس ناحیه یک الف» are the schools of that
// office's district, a short form of it, not a body of its own. A
// district named with more (its field: «ناحیه ۲ آموزش و پرورش الف») is a
// body of its own, and a school of it («دبیرستان ... ناحیه ۲ ...») none
// of its forms.
func r23cDistrictOfBody(e, f *orgEnt) bool {
	return len(e.core) == 2 && districtWords[e.core[0]] && e.place != "" && len(f.key) > len(e.key) && strings.HasSuffix(f.key, e.key) && !headedVenues[f.core[0]]
}

// r23cBareHeadOfPlace marks a body named by a head and the word of a
// place's kind alone, with no field and no place («ستاد استان»، «کارگروه
// شهرستان»، «شورای شهر»): it is listed only as a form of a body of the
// file it joins, a generic mention otherwise.
func (a *analysis) r23cBareHeadOfPlace() {
	ts := a.toks
	for x := range a.orgs {
		o := &a.orgs[x]
		if o.end-o.start != 2 || o.end > len(ts) || o.place != "" || o.genericPlace == "" || o.bracketed != "" || o.name != a.text(o.start, o.end) {
			continue
		}
		if k := ts[o.start+1].key; (k == keyProvince || k == keyCounty || k == keyCity) && headNounsAt(ts, o.start) == 1 {
			o.unlisted = true
		}
	}
}

// r23cPassiveNouns are more verbal nouns that take a passive («... در
// ناحیه شناسایی شده است»، «در انبار شرکت کشف شد»، «در سامانه اداره ثبت
// شد»): the verb's noun, no last word of a body's name before it.
var r23cPassiveNouns = []string{"شناسایی", "کشف", "ثبت", "بازسازی", "ساماندهی", "مشخص", "تعیین"}

func init() {
	for _, w := range r23cPassiveNouns {
		passiveNouns[persianKey(w)] = true
	}
}

// r23cBinomialItem returns the length of a fixed pair («حمل و نقل») that
// starts the item of a comma list at k (start is the item's first token),
// else 0: its «و» joins the pair, not the list's last item, and its
// words are nouns though one is a stop word elsewhere («به نقل از»).
func r23cBinomialItem(ts []token, k, start int) int {
	if k != start {
		return 0
	}
	return binomialAt(ts, k)
}

// r23cListGoesOn reports «و» right after token k, in its sentence: the
// list goes on to its last item past the fixed pair that ends at k. A
// comma after the pair is read as the next comma of the name is.
func r23cListGoesOn(ts []token, k int) bool {
	return k+1 < len(ts) && ts[k+1].sent == ts[k].sent && ts[k+1].key == keyAnd
}

// r23cGenericClose returns 1 when the name ending before token j closes
// with the word of its place's kind (generic: «استان»، «شهرستان»), else
// 0: that word ends the name as a place does, and is no word of a clause
// after its «و» («کارگروه تسهیل و رفع موانع تولید استان»).
func r23cGenericClose(ts []token, j int, generic string) int {
	if generic == "" || j < 1 || j > len(ts) || ts[j-1].key != generic {
		return 0
	}
	return 1
}

// r23cMastheadOutlets lists a printed outlet named by its head on a line
// of its own or before a masthead's mark («روزنامه صبح الف | استان ب»):
// the words to the mark are its name, though a word of it is a time
// word elsewhere (صبح، امروز), when the report names the outlet by them
// again («خبرنگار صبح الف»). Words with a place («روزنامه صبح استان ب»)
// describe the paper.
func (a *analysis) r23cMastheadOutlets() {
	ts := a.toks
	for i := 0; i+1 < len(ts); i++ {
		if i > 0 && ts[i-1].sent == ts[i].sent || !outletHeads[ts[i].key] {
			continue
		}
		end := mastheadEnd(ts, i, 1+maxOutletWords)
		if end <= i+1 {
			continue
		}
		free := true
		for k := i + 1; k < end; k++ {
			free = free && !a.orgCover[k] && !a.personCover[k] && placeLen(ts, k) == 0 && !placeWords[ts[k].key]
		}
		if !free || !a.outletRepeated(i+1, end-i-1) && !a.r17aOutletRepeated(i+1, end-i-1) {
			continue // «روزنامه صبح استان الف»: the paper's description, no name
		}
		if o := a.orgCovering(i); o != nil {
			if o.start != i || o.end != i+1 {
				continue
			}
			o.end, o.name = end, a.text(i, end)
			for k := i + 1; k < end; k++ {
				a.orgCover[k] = true
			}
			continue
		}
		a.addOrg(i, end, "", "")
	}
}

// r23cCommandOfPlaceOnly reports a command inferred from a commander's post
// that names a place and its kind only («فرمانده بندر الف» →
// «فرماندهی بندر الف»): a port's or a town's commander heads no command
// of that name the report tells of, where a force's unit («فرمانده
// انتظامی الف»، «فرمانده سپاه الف») names one.
func r23cCommandOfPlaceOnly(org, place string) bool {
	w := persian.Words(org)
	if len(w) < 2 || persianKey(w[0]) != keyCommand || place == "" {
		return false
	}
	rest := strings.Join(w[1:], " ")
	rest = strings.TrimSpace(strings.TrimSuffix(rest, place))
	if rest == "" {
		return false
	}
	for _, x := range strings.Fields(rest) {
		if k := persianKey(x); k != keyPort && k != keyProvince && k != keyCounty && k != keyCity {
			return false
		}
	}
	return true
}

// r23cBareZoneOf reports a short name that is the long one's words up to
// its zone word at i, with no number («ستاد مناسب‌سازی منطقه» of «ستاد
// مناسب‌سازی منطقه ۱۴»): the report's own district told bare, a short
// form of the numbered body, not another district's.
func r23cBareZoneOf(short, long *orgEnt, i int) bool {
	return len(short.core) == i+1 && hasPrefix(long.core, short.core)
}
