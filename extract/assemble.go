package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/peyvand/peyvand/persian"
)

// personEnt is one individual of a file, with every form of the name.
type personEnt struct {
	name    string
	key     string
	forms   []string
	titles  []string
	ev      []Evidence
	given   bool
	words   int
	mergeTo *personEnt
}

func (p *personEnt) root() *personEnt {
	for p.mergeTo != nil {
		p = p.mergeTo
	}
	return p
}

// orgEnt is one body of a file, with every form of its name.
type orgEnt struct {
	name    string
	key     string
	forms   []string
	core    []string // name words without places and generic place words
	after   []string // core words after the head noun
	head    string
	place   string
	generic string
	arts    map[int]bool
	ev      []Evidence
	mergeTo *orgEnt
	kind    string
	parent  string
	// national marks a body named with no place as the body of a
	// decree's issuer or of a board's post (با حکم دبیرکل جمعیت X، عضو
	// هیئت‌مدیره بانک Y): the national body, not a short form of one of
	// its provincial branches.
	national bool
	// alone is set when some mention of the body stands outside the tail
	// of a unit's name, is no generic plural or unnamed part, and is no
	// bare head inside a longer name: a service branch named only as what
	// a unit belongs to («نیروی زمینی سپاه» in «قرارگاه قدس نیروی زمینی
	// سپاه») is not listed unless a post names it, while the university
	// of «دانشکده فنی دانشگاه X» is.
	alone bool
	// unnested is set when some mention of the body lies inside no
	// longer body's name.
	unnested bool
}

func (o *orgEnt) root() *orgEnt {
	for o.mergeTo != nil {
		o = o.mergeTo
	}
	return o
}

// isProperHead reports a head noun that is a body's own name (بسیج، هلال
// احمر، جهاد کشاورزی) rather than a kind of body: a national body listed
// by its short name or an acronym's short form, or a head starting with
// one. A name under such a head that is part of a longer name is a short
// form of it. A news outlet's name is one only with a place (صدا و سیمای
// استان X is the agency's provincial branch): alone, «صدا و سیما» is the
// broadcaster, another body than «خبرگزاری صدا و سیما».
func isProperHead(head string, placed bool) bool {
	k := persianKey(head)
	if outlets.has(k) {
		return placed
	}
	if knownBodies.has(k) || acronyms.has(k) {
		return true
	}
	w := persian.Words(head)
	if len(w) == 0 {
		return false
	}
	k = persianKey(w[0])
	return (placed || !outlets.has(k)) && (knownBodies.has(k) || acronyms.has(k))
}

// assemble merges the articles' findings into one document: each person
// and body once, its other names as aliases, references by the fullest
// name.
func assemble(file string, as []*analysis) *Document {
	doc := &Document{File: file, Persons: []Person{}, Organizations: []Organization{}, Affiliations: []Affiliation{},
		Appointments: []Appointment{}, Events: []Event{}, Projects: []Project{}}
	persons, pByKey := collectPersons(as)
	orgs, oByKey := collectOrgs(as)
	pnames := map[string]string{}
	pname := func(name string) string {
		if n, ok := pnames[name]; ok {
			return n
		}
		n := name
		if e := pByKey[persian.NameKey(name)]; e != nil {
			n = e.root().name
		}
		pnames[name] = n
		return n
	}
	oname := func(name string) string {
		if e := oByKey[persianKey(name)]; e != nil {
			return e.root().name
		}
		return name
	}
	for _, a := range as {
		for _, w := range a.warnings {
			doc.Warnings = appendUnique(doc.Warnings, fmt.Sprintf("article %d: %s", a.idx, w))
		}
	}
	for _, a := range as {
		doc.Articles = append(doc.Articles, SourceInfo{Title: a.art.Title, URL: a.art.URL, Published: a.publishedISO(), Text: a.body})
	}
	for _, p := range persons {
		if p.mergeTo != nil {
			continue
		}
		doc.Persons = append(doc.Persons, Person{Name: p.name, Aliases: nonNil(p.forms), Titles: nonNil(p.titles), Evidence: p.ev})
	}
	for _, o := range orgs {
		if o.mergeTo != nil {
			continue
		}
		org := Organization{Name: o.name, Aliases: nonNil(o.forms), Kind: o.head, Place: o.place, Evidence: o.ev}
		if o.parent != "" && oname(o.parent) != o.name {
			org.Parent = oname(o.parent)
		}
		doc.Organizations = append(doc.Organizations, org)
	}
	seenAff := map[string]bool{}
	addAff := func(a *analysis, person, role, org string, sent int) {
		person, org, role = pname(person), oname(org), dropEzafeYa(role)
		k := persian.NameKey(person) + "|" + roleHeadKey(role) + "|" + persianKey(org)
		if seenAff[k] {
			return
		}
		seenAff[k] = true
		doc.Affiliations = append(doc.Affiliations, Affiliation{Person: person, Role: role, Organization: org,
			Evidence: []Evidence{a.evidence(sent)}})
	}
	seenApp := map[string]int{} // a person and body's appointment: its index in doc.Appointments
	seenProj := map[string]bool{}
	for _, a := range as {
		for _, af := range a.affs {
			addAff(a, af.person.name, af.role.role, af.role.org, af.sent)
		}
		for _, ap := range a.apps {
			person, org := pname(ap.person.name), oname(ap.role.org)
			k := persian.NameKey(person) + "|" + persianKey(org)
			addAff(a, person, ap.role.role, org, ap.sent)
			if i, ok := seenApp[k]; ok {
				r22cFillPredecessor(&doc.Appointments[i], ap, pname)
				continue
			}
			seenApp[k] = len(doc.Appointments)
			app := Appointment{Person: person, Role: ap.role.role, Organization: org, How: ap.how,
				Evidence: []Evidence{a.evidence(ap.sent)}}
			if ap.predecessor != nil {
				app.Predecessor = pname(ap.predecessor.name)
			}
			if ap.date != nil {
				iso := ap.date.ISO
				app.Date, app.DateText = &iso, ap.date.Original
			}
			doc.Appointments = append(doc.Appointments, app)
		}
		for _, e := range a.events {
			doc.Events = append(doc.Events, a.eventOut(e, pname, oname))
		}
		for _, p := range a.projects {
			k := persianKey(p.name)
			if seenProj[k] {
				continue
			}
			seenProj[k] = true
			pr := Project{Name: p.name, Kind: p.kind, Figures: p.figures, Evidence: []Evidence{a.evidence(a.toks[p.start].sent)}}
			if p.org != "" {
				pr.Organization = oname(p.org)
			}
			doc.Projects = append(doc.Projects, pr)
		}
	}
	dropTailBodies(doc, orgs)
	return doc
}

// dropEzafeYa writes a post's first word without the «ی» of the ezafe a
// word ending in a vowel takes before its body («سخنگوی شورا» → سخنگو),
// when the bare word is a listed post.
func dropEzafeYa(role string) string {
	first, rest, _ := strings.Cut(role, " ")
	stem, ok := strings.CutSuffix(first, "ی")
	if !ok || !(strings.HasSuffix(stem, "و") || strings.HasSuffix(stem, "ا")) || !roleWords.has(persianKey(stem)) {
		return role
	}
	if rest != "" {
		return stem + " " + rest
	}
	return stem
}

// dropTailBodies removes the bodies named only as the tail of a unit's
// name from the document's bodies and events, unless a post or an
// appointment names them.
func dropTailBodies(doc *Document, orgs []*orgEnt) {
	drop := map[string]bool{}
	for _, o := range orgs {
		if o.mergeTo == nil && !o.alone {
			drop[o.name] = true
		}
	}
	if len(drop) == 0 {
		return
	}
	for _, af := range doc.Affiliations {
		delete(drop, af.Organization)
	}
	for _, ap := range doc.Appointments {
		delete(drop, ap.Organization)
	}
	doc.Organizations = slices.DeleteFunc(doc.Organizations, func(o Organization) bool { return drop[o.Name] })
	for k := range doc.Events {
		doc.Events[k].Organizations = slices.DeleteFunc(doc.Events[k].Organizations, func(n string) bool { return drop[n] })
	}
}

// eventOut writes an event with the persons participation lets take
// part.
func (a *analysis) eventOut(e eventMention, pname, oname func(string) string) Event {
	ev := Event{Type: e.typ, Title: e.title, Participants: []string{}, Organizations: []string{}, Place: e.place,
		Evidence: []Evidence{a.evidence(e.sent)}}
	if e.date != nil {
		iso := e.date.ISO
		ev.Date, ev.DateText, ev.DatePrecision = &iso, e.date.Original, e.date.Precision
	}
	seen := map[string]bool{}
	for pi := range a.persons {
		p := &a.persons[pi]
		if ok, _ := a.participation(&e, p); !ok {
			continue
		}
		n := pname(p.name)
		if !seen[n] {
			seen[n] = true
			ev.Participants = append(ev.Participants, n)
		}
	}
	// Parts are given to participants only: a speaker quoted from afar
	// takes no part.
	for _, p := range e.speakers {
		if e.listed {
			break
		}
		if n := pname(p.name); seen[n] {
			if ev.Parts == nil {
				ev.Parts = map[string]string{}
			}
			ev.Parts[n] = "SPEAKER"
		}
	}
	for _, p := range e.chairs {
		if n := pname(p.name); seen[n] {
			if ev.Parts == nil {
				ev.Parts = map[string]string{}
			}
			ev.Parts[n] = "CHAIR"
		}
	}
	seenOrg := map[string]bool{}
	for _, o := range a.orgs {
		n := oname(o.name)
		if !seenOrg[n] {
			seenOrg[n] = true
			ev.Organizations = append(ev.Organizations, n)
		}
	}
	return ev
}

// collectPersons makes one entity per individual: the same name key is
// one person, and a surname alone or a shorter form joins the one full
// name that ends with it.
func collectPersons(as []*analysis) ([]*personEnt, map[string]*personEnt) {
	byKey := map[string]*personEnt{}
	var ents []*personEnt
	for _, a := range as {
		for _, m := range a.persons {
			k := persian.NameKey(m.name)
			if k == "" {
				continue
			}
			e := byKey[k]
			if e == nil {
				e = &personEnt{name: m.name, key: k, words: len(strings.Fields(m.name))}
				byKey[k] = e
				ents = append(ents, e)
			}
			e.given = e.given || m.given
			full := strings.TrimSpace(strings.Join(append(append([]string{}, m.titles...), m.name), " "))
			e.addForm(full)
			for _, t := range m.titles {
				e.titles = appendUnique(e.titles, t)
			}
			if len(e.ev) < 3 {
				e.ev = append(e.ev, a.evidence(a.toks[m.start].sent))
			}
		}
	}
	// Shorter forms join the one longer name that ends with them.
	sort.SliceStable(ents, func(i, j int) bool { return len(ents[i].key) < len(ents[j].key) })
	for _, e := range ents {
		var target *personEnt
		n := 0
		for _, f := range ents {
			if f == e || len(f.key) <= len(e.key) || !strings.HasSuffix(f.key, e.key) || f.words <= e.words && !apartEnding(e, f) {
				continue
			}
			if target == nil || target.root() != f.root() {
				n++
			}
			target = f
		}
		if n == 1 {
			e.mergeTo = target.root()
			r := e.mergeTo
			for _, form := range append([]string{e.name}, e.forms...) {
				r.addForm(form)
			}
			for _, t := range e.titles {
				r.titles = appendUnique(r.titles, t)
			}
		}
	}
	var out []*personEnt
	for _, a := range as {
		for _, m := range a.persons {
			if e := byKey[persian.NameKey(m.name)]; e != nil && e.mergeTo == nil && !containsPerson(out, e) {
				out = append(out, e)
			}
		}
	}
	for _, e := range ents {
		e.forms = removeForm(e.forms, e.name)
	}
	return out, byKey
}

// apartEnding reports a surname alone whose ending is written apart
// («نیکو پور») where the full name joins it («کاوه نیکو‌پور»): the same
// number of words, yet a shorter form of that name.
func apartEnding(e, f *personEnt) bool {
	ws := strings.Fields(e.name)
	if len(ws) < 2 || e.words != f.words || !surnameSuffixes.has(persian.Squash(ws[len(ws)-1])) {
		return false
	}
	return slices.Contains(persian.BoundaryKeys(f.name), e.key)
}

func (p *personEnt) addForm(f string) {
	f = persian.Normalize(f)
	if f == "" || f == p.name {
		return
	}
	p.forms = appendUnique(p.forms, f)
}

func containsPerson(ps []*personEnt, e *personEnt) bool {
	for _, p := range ps {
		if p == e {
			return true
		}
	}
	return false
}

// collectOrgs makes one entity per body. A shorter name joins a longer one
// when its words are among the longer one's, in order, and both name the
// same place (or the shorter names none, in an article that names only one
// such body): «سازمان بسیج مهندسین سمنان» is a short form of «سازمان
// بسیج مهندسین صنعت و معدن استان سمنان». A body and its city branches
// stay apart, since their places differ.
func collectOrgs(as []*analysis) ([]*orgEnt, map[string]*orgEnt) {
	byKey := map[string]*orgEnt{}
	var ents []*orgEnt
	written := map[string]bool{} // names written as such, not inferred from a post
	// writtenAlone: of those, the names written outside a longer name
	writtenAlone := map[string]bool{}
	for _, a := range as {
		for _, m := range a.orgs {
			k := persianKey(m.name)
			if k == "" {
				continue
			}
			if !written[k] && persianKey(a.text(m.start, m.end)) == k {
				written[k] = true
			}
			if !m.nested && persianKey(a.text(m.start, m.end)) == k {
				writtenAlone[k] = true
			}
			e := byKey[k]
			if e == nil {
				e = &orgEnt{name: m.name, key: k, head: m.head, place: m.place, generic: m.genericPlace, arts: map[int]bool{}}
				e.core = coreWords(m.name, m.place)
				e.after = kindWords(m.name, m.place)
				byKey[k] = e
				ents = append(ents, e)
			}
			e.arts[a.idx] = true
			if m.bracketed != "" {
				e.forms = appendUnique(e.forms, m.bracketed)
			}
			e.alone = e.alone || !m.serviceTail && !m.unlisted && !(m.nested && m.end-m.start == 1)
			e.unnested = e.unnested || !m.nested
			if m.place == "" && m.genericPlace == "" && !provincialHeads[persianKey(m.head)] && !localOffices.has(persianKey(m.head)) &&
				(a.nationalPostBefore(m.start) || a.nationalHeadAt(m.start)) {
				e.national = true
			}
			if len(e.ev) < 3 {
				e.ev = append(e.ev, a.evidence(a.toks[m.start].sent))
			}
			if e.parent == "" {
				e.parent = a.parentOf(m)
			}
		}
	}
	learnPlaces(ents)
	// A fuller form holds every core word of a short one, so the
	// candidates of e are found among the bodies holding e's rarest core
	// word: the work stays near linear however many bodies a file names.
	byWord := indexByCoreWord(ents)
	// «ستاد X» is body X when X is a body's whole name (ستاد فرماندهی
	// انتظامی شهرستان Y): the headquarters of a command. A short name in
	// brackets after a name («... (ایسنا)») is a form of that body.
	for _, e := range ents {
		if t := byKey[staffOf(e.name)]; t != nil && t != e && e.mergeTo == nil && t.mergeTo == nil {
			mergeOrg(e, t)
		}
		if t := byKey[shortNameOf(e.name)]; t != nil && t != e && e.mergeTo == nil && t.mergeTo == nil {
			mergeOrg(t, e)
		}
		if t := r21cTeachingCentreOf(e, byKey); t != nil && e.mergeTo == nil && t.mergeTo == nil {
			mergeOrg(e, t)
		}
		if t := r25cPlacedTeachingCentre(e, ents); t != nil && e.mergeTo == nil && t.mergeTo == nil {
			mergeOrg(e, t)
		}
	}
	// «آبفای استان X» is «شرکت آب و فاضلاب استان X» when the file names
	// the long form; so is «سازمان صمت استان X» of «سازمان صنعت، معدن و
	// تجارت استان X», the acronym after the head its long form starts with.
	for _, e := range ents {
		if long := acronymLongForm(e.name); long != "" {
			if t := longFormBody(long, e.place, byKey); t != nil && t != e {
				mergeOrg(e, t)
			} else if e.generic != "" && !acronymShared(e, byWord) && !countyOfOrganization(e, long) {
				e.core = coreWords(long, e.place) // «صمت استان» is a short form as its long form would be
			}
		}
	}
	// «پتروشیمی X» is «شرکت پتروشیمی X» when the file names that; a bare
	// local office («فرمانداری») is the one office of that kind named with
	// its place.
	for _, e := range ents {
		if e.mergeTo != nil {
			continue
		}
		if c := capitalForm(e); c != "" {
			if t := byKey[persianKey(c)]; t != nil && t != e && t.mergeTo == nil {
				mergeOrg(e, t) // «... مرکز استان X» is the capital's body named in the file
				continue
			}
		}
		for _, h := range genericHeads {
			if knownBodies.has(e.key) && !(e.place != "" && nationalPlace(e.place)) {
				break // a national body (بسیج مهندسین) stays apart
			}
			if t := byKey[persianKey(h+" "+e.name)]; t != nil && t != e && t.mergeTo == nil {
				mergeOrg(e, t)
				break
			}
		}
		if t := fieldManagementOf(e, byKey); t != nil && e.mergeTo == nil {
			mergeOrg(e, t) // «جهاد کشاورزی شهرستان X» is «مدیریت جهاد کشاورزی شهرستان X» named
		}
		// «پتروشیمی X» is also «شرکت صنایع پتروشیمی X»: the one body of
		// the file under a generic head whose name ends with it.
		if e.mergeTo == nil && len(strings.Fields(e.name)) >= 2 && !knownBodies.has(e.key) {
			if t := genericHeadedEnding(e, byWord); t != nil {
				mergeOrg(e, t)
			} else if t := holdingCompany(e, ents); t != nil {
				mergeOrg(e, t)
			}
		}
		if e.mergeTo == nil && len(strings.Fields(e.name)) == 1 && localOffices.has(e.key) {
			cities := map[string]bool{}
			for _, a := range as {
				if e.arts[a.idx] && a.city != "" {
					cities[persianKey(a.city)] = true
				}
			}
			var cands []*orgEnt
			for _, f := range byWord[firstCore(e)] {
				if f != e && f.mergeTo == nil && strings.HasPrefix(f.key, e.key) && f.place != "" {
					cands = append(cands, f)
				}
			}
			if t := onlyOrHome(cands, cities); t != nil {
				mergeOrg(e, t)
			}
		}
		if e.mergeTo == nil {
			if t := headlessFullForm(e, ents, as); t != nil {
				mergeOrg(e, t)
			}
		}
	}
	// Longer names settle first, so a short form meets its fuller forms
	// already joined.
	sort.SliceStable(ents, func(i, j int) bool { return fullerFirst(ents[i], ents[j]) })
	for _, e := range ents {
		if e.mergeTo != nil {
			continue // an acronym's form, joined above
		}
		if len(e.core) == 1 && knownBodies.has(e.key) {
			// A one-word national body (بسیج) is a body of its own, unless
			// the file names one body only that the word starts.
			if t := wordBody(e, ents, homePlaces(e, as)); t != nil {
				mergeOrg(e, t.root())
			}
			continue
		}
		if len(e.core) == 0 {
			continue
		}
		var cands []*orgEnt
		properHead := isProperHead(e.head, e.place != "")
		pool := byWord[e.core[0]]
		for _, w := range e.core[1:] {
			if len(byWord[w]) < len(pool) {
				pool = byWord[w]
			}
		}
		for _, f := range pool {
			if f == e || f.mergeTo != nil && f.root() == e || len(f.core) < len(e.core) || f.key == e.key {
				continue
			}
			// A body's own name (بسیج مهندسین) is a short form of a name
			// it follows the head of (سازمان بسیج مهندسین ...), or of one
			// of the same place, not of one it is named inside with no
			// place (کارگروه معدن سازمان بسیج مهندسین).
			if !isSubsequence(e.core, f.core) ||
				e.core[0] != f.core[0] && !(properHead && (e.place != "" || e.generic != "" || hasPrefix(f.after, e.core) || headEndsWith(f, e))) &&
					!headIsWholeName(e, f) && !officeHeadLeftOut(e, f) && !r23cDistrictOfBody(e, f) {
				continue
			}
			if academicUnitHeads[e.core[0]] && !hasPrefix(f.core, e.core) && !r18bParentInserted(e.core, f.core) {
				// «گروه مهندسی شیمی» is not «گروه مهندسی نفت دانشکده
				// مهندسی شیمی»: another unit of the same kind with words
				// inside the short name's.
				continue
			}
			if !placesAgree(e, f) && !sameArmyUnit(e, f) || addsKind(e, f) || namedInside(e, f) || addsZone(e, f) || e.national && (f.place != "" && !nationalPlace(f.place) || f.generic != "") ||
				parentNamedAtEnd(e, f) || r20bFormNamedAtEnd(e, f) || r15bCouncilOfField(e, f) || r18bProvinceNotUnit(e, f) || r21cNestedPlacedOnly(e, f) || r22cCorpsOfBranch(e, f) || r25cCorpsOfOrganization(e, f) {
				continue
			}
			cands = append(cands, f)
		}
		target := pickTarget(e, cands)
		if target == nil && e.place == "" && len(cands) > 1 {
			target = homeTarget(e, cands, as)
		}
		if target != nil && target.root() != e {
			mergeOrg(e, target.root())
		}
	}
	joinNamesOfForms(ents)
	// The fullest name of a merged body is its longest form.
	for _, e := range ents {
		if e.mergeTo != nil {
			continue
		}
		for _, f := range e.forms {
			if len([]rune(f)) > len([]rune(e.name)) && persianKey(f) != e.key && staffOf(f) == "" && !innerBracket(f) &&
				(e.place == "" || strings.Contains(persianKey(f), persianKey(e.place))) {
				e.forms = appendUnique(e.forms, e.name)
				e.name = f
			}
		}
		if f := writtenCountyForm(e, written); f != "" {
			e.forms = appendUnique(e.forms, e.name)
			e.name = f
		} else if f := r25cNestedCountyForm(e, written, writtenAlone); f != "" {
			e.forms = appendUnique(e.forms, e.name)
			e.name = f
		}
		if office := branchOfficeName(e.name); office != "" && !slices.Contains(e.forms, office) {
			e.forms = appendUnique(e.forms, e.name)
			e.name = office
		}
		e.forms = removeForm(e.forms, e.name)
	}
	joinSameNames(ents)
	var out []*orgEnt
	seen := map[*orgEnt]bool{}
	for _, a := range as {
		for _, m := range a.orgs {
			if e := byKey[persianKey(m.name)]; e != nil && e.mergeTo == nil && !seen[e] {
				seen[e] = true
				out = append(out, e)
			}
		}
	}
	linkBranches(out)
	return out, byKey
}

// writtenCountyForm returns the form of e the file writes as a body's name
// when e's name is only inferred from a post with «شهرستان» or «شهر»
// («فرماندار شهرستان الف» → فرمانداری شهرستان الف) and the file writes the
// body without it («در فرمانداری الف»): the name the report gives the body.
var keyMunicipality = persianKey("شهرداری")

func writtenCountyForm(e *orgEnt, written map[string]bool) string {
	if written[e.key] {
		return ""
	}
	w := strings.Fields(e.name)
	for n := 1; n+1 < len(w); n++ {
		if k := persianKey(w[n]); k != keyCounty && k != keyCity {
			continue
		}
		short := strings.Join(append(append([]string{}, w[:n]...), w[n+1:]...), " ")
		// «شهرداری شهر X» is written «شهرداری X» when the file gives
		// that form at all.
		municipality := n == 1 && persianKey(w[0]) == keyMunicipality && persianKey(w[1]) == keyCity
		for _, f := range e.forms {
			if k := persianKey(f); k == persianKey(short) && (written[k] || municipality) {
				return f
			}
		}
	}
	return ""
}

// innerBracket reports a name with words in brackets before its end
// («سازمان X (صمت) استان Y»): the written form of a name whose acronym
// the name itself leaves out.
func innerBracket(name string) bool {
	open := strings.Index(name, "(")
	close := strings.Index(name, ")")
	return open > 0 && close > open && strings.TrimSpace(name[close+1:]) != ""
}

// learnPlaces gives a body named with no place the unlisted town its
// last word is for another body of the file: «تعاونی صیادان X» names the port town
// X that «شرکت تعاونی ... بندر X» was read with, though no list holds X.
func learnPlaces(ents []*orgEnt) {
	places := map[string]string{}
	for _, e := range ents {
		// Only a town no list holds: a listed one is read as a place
		// wherever it is written.
		if k := persianKey(e.place); e.place != "" && !strings.Contains(e.place, " ") && !cities.has(k) && !provinces.has(k) && !nationalPlace(e.place) {
			places[k] = e.place
		}
	}
	if len(places) == 0 {
		return
	}
	for _, e := range ents {
		if e.place != "" || e.generic != "" {
			continue
		}
		w := strings.Fields(e.name)
		if len(w) < 3 {
			continue
		}
		if p, ok := places[persianKey(w[len(w)-1])]; ok {
			e.place = p
			e.core = coreWords(e.name, p)
			e.after = kindWords(e.name, p)
		}
	}
}

// oneBodyForms reports candidates that are all forms of one body not yet
// joined: the same core words and the same place, told apart only by
// «استان» before the place («اداره کل X استان Y»، «اداره کل X Y»).
func oneBodyForms(cands []*orgEnt) bool {
	if len(cands) < 2 {
		return false
	}
	c0 := cands[0]
	for _, c := range cands[1:] {
		if c.place == "" || persianKey(c.place) != persianKey(c0.place) || !equalWords(c.core, c0.core) || c.head != c0.head {
			return false
		}
	}
	return true
}

// provincialHeads are the heads of a province's or a county's offices of
// a field (اداره کل X، اداره X): a post in one named with no place is
// never the national body's.
var provincialHeads = keySet("اداره کل", "اداره")

// parentNamedAtEnd reports a body e named whole at the end of f after
// more than a head noun: the body f belongs to, not a short form of it
// («آموزش و پرورش شهرستان X» in «کانون بازنشستگان آموزش و پرورش شهرستان
// X»), where after a
// head alone («اداره کل بهزیستی استان X») e is f's name without its head.
// A force's unit is the force's body of its place (سپاه شهرستان X is
// «ناحیه مقاومت بسیج سپاه شهرستان X»), so a force and a national force's
// acronym (فراجا) are left out.
func parentNamedAtEnd(e, f *orgEnt) bool {
	if len(f.key) <= len(e.key) || !strings.HasSuffix(f.key, e.key) || !strings.HasSuffix(f.name, e.name) {
		return false
	}
	if w := strings.Fields(e.name); len(w) == 0 || unitOfCommand[persianKey(w[0])] || commandHeads[persianKey(w[0])] || nationalAcronyms[persianKey(w[0])] {
		return false
	}
	prefix := strings.TrimSpace(strings.TrimSuffix(f.name, e.name))
	if prefix == "" || headNouns.has(persianKey(prefix)) {
		return false
	}
	w := strings.Fields(prefix)
	return !(len(w) == 2 && headNouns.has(persianKey(w[0])) && genericAdjectives[persianKey(w[1])])
}

// nationalPlace reports the country as a body's place: «فدراسیون X
// جمهوری اسلامی ایران» is the national body a national post names with
// no place.
func nationalPlace(place string) bool {
	k := persianKey(place)
	return k == keyCountry || k == keyIran || k == keyRepublicOfIran
}

var keyRepublicOfIran = persianKey("جمهوری اسلامی ایران")

// branchOffices are the offices that run a bank's branches in a province,
// by the words the branches are named with: «مدیر شعب بانک X استان Y»
// heads «مدیریت شعب بانک X استان Y», «مدیر امور شعب بانک X» «اداره امور
// شعب بانک X».
var branchOffices = []struct{ words, office string }{
	{"شعب بانک ", "مدیریت "},
	{"امور شعب بانک ", "اداره "},
}

// branchOfficeName returns the office's full name for a body named by
// its bank's branches only, else "".
func branchOfficeName(name string) string {
	for _, b := range branchOffices {
		if strings.HasPrefix(name, b.words) {
			return b.office + name
		}
	}
	return ""
}

// nationalPosts are the posts of a body's national board and secretariat.
// A key holds no space or zero-width non-joiner: «هیئت مدیره» and
// «هیئت‌مدیره» are one key.
var nationalPosts = keySet("دبیرکل", "عضو هیئت‌مدیره", "رئیس هیئت‌مدیره", "نایب‌رئیس هیئت‌مدیره")

// nationalPostBefore reports a post ending right before token i that is a
// national board's (عضو هیئت‌مدیره، دبیرکل) or a decree's issuer's («با
// حکم رئیس X»).
func (a *analysis) nationalPostBefore(i int) bool {
	ts := a.toks
	for b := max(0, i-4); b < i; b++ {
		n, _ := roleWords.at(ts, b)
		if n == 0 || b+n != i {
			continue
		}
		if nationalPosts[a.keyOf(b, i)] {
			return true
		}
		return b > 0 && ts[b-1].key == keyDecree
	}
	return false
}

// namedInside reports a local office e (شهرداری X، استانداری Y) whose
// name closes f's («سازمان آتش‌نشانی و خدمات ایمنی شهرداری X»): f is a
// part of that office, not a fuller form of it.
func namedInside(e, f *orgEnt) bool {
	n := len(e.core)
	if n == 0 || !localOffices.has(e.core[0]) || len(f.core) <= n || e.core[0] == f.core[0] {
		return false
	}
	return equalWords(f.core[len(f.core)-n:], e.core)
}

// zoneWords number the parts of a body: its districts and branches. The
// number of a unit (تیپ ۴۸ فتح) is part of its own name instead.
var zoneWords = keySet("منطقه", "ناحیه", "شعبه")

// addsZone reports a longer name that numbers a part the short one does
// not: «شهرداری منطقه ۱۴ X» or «شهرداری منطقه دو X» is a district of «شهرداری X», not a fuller
// form of it.
func addsZone(short, long *orgEnt) bool {
	for i := 0; i+1 < len(long.core); i++ {
		if zoneWords[long.core[i]] && (isDigits(long.core[i+1]) || numberWords[long.core[i+1]]) && !slices.Contains(short.core, long.core[i+1]) && !zoneOfParent(long.core, i+2) && !r23cBareZoneOf(short, long, i) {
			return true
		}
	}
	return false
}

// indexByCoreWord lists, by core word, the bodies holding it, in order.
func indexByCoreWord(ents []*orgEnt) map[string][]*orgEnt {
	byWord := map[string][]*orgEnt{}
	for _, e := range ents {
		seenWord := map[string]bool{}
		for _, w := range e.core {
			if !seenWord[w] {
				seenWord[w] = true
				byWord[w] = append(byWord[w], e)
			}
		}
	}
	return byWord
}

// longFormBody returns the body named by an acronym's long form, also
// with «شهرستان» or «استان» before its place: «آبفای شاهرود» is «شرکت آب
// و فاضلاب شهرستان شاهرود» when the file names that.
func longFormBody(long, place string, byKey map[string]*orgEnt) *orgEnt {
	if t := byKey[persianKey(long)]; t != nil {
		return t
	}
	stem, ok := strings.CutSuffix(long, place)
	if place == "" || !ok {
		return nil
	}
	for _, w := range [...]string{"شهرستان", "استان"} {
		if t := byKey[persianKey(stem+w+" "+place)]; t != nil {
			return t
		}
	}
	return r22cLocalUnitLongForm(stem, place, byKey)
}

// acronymShared reports an acronym among e's core words that another
// body of the file is named with too: e then joins it by that word. The
// tail of e's own name («صمت استان» of «سازمان صمت استان») is no other.
func acronymShared(e *orgEnt, byWord map[string][]*orgEnt) bool {
	for _, w := range e.core {
		if !acronyms.has(w) {
			continue
		}
		for _, f := range byWord[w] {
			if f != e && !strings.HasSuffix(e.key, f.key) {
				return true
			}
		}
	}
	return false
}

// genericHeads are the heads a body's name may be written with or
// without: «پتروشیمی X» and «شرکت پتروشیمی X» are one body.
var genericHeads = []string{"شرکت", "سازمان"}

// branchOfficeHeads are the heads an office's short name may carry that its full
// name, headed by what the office runs, leaves out: «اداره امور شعب» is
// «امور شعب بانک X استان Y».
var branchOfficeHeads = keySet("اداره", "اداره کل", "مدیریت")

// headlessFullForm returns the body whose name starts with the words of
// e's place-less name after an office head, when e names no place: the
// only one in the file, or of several, the one of an article's own
// province or city where e is named. It returns nil otherwise.
func headlessFullForm(e *orgEnt, ents []*orgEnt, as []*analysis) *orgEnt {
	w := strings.Fields(e.name)
	if e.place != "" || e.generic != "" || len(w) < 3 || !branchOfficeHeads[persianKey(w[0])] {
		return nil
	}
	rest := persianKey(strings.Join(w[1:], " "))
	places := homePlaces(e, as)
	var cands []*orgEnt
	for _, f := range ents {
		if f != e && f.mergeTo == nil && len(f.key) > len(rest) && strings.HasPrefix(f.key, rest) {
			cands = append(cands, f)
		}
	}
	return onlyOrHome(cands, places)
}

// onlyOrHome returns the one body among cands, or of several, the one
// whose place is among home; nil when none or several are. Two forms of
// one office share their place: the longer stands for both.
func onlyOrHome(cands []*orgEnt, home map[string]bool) *orgEnt {
	var only, best *orgEnt
	many, manyHome := false, false
	for _, f := range cands {
		if only != nil && only.key != f.key {
			many = true
		}
		only = f
		if f.place == "" || !home[persianKey(f.place)] {
			continue
		}
		if best != nil && best.key != f.key && persianKey(best.place) != persianKey(f.place) {
			manyHome = true
		}
		if best == nil || len(f.key) > len(best.key) {
			best = f
		}
	}
	switch {
	case only != nil && !many:
		return only
	case best != nil && !manyHome:
		return best
	}
	return nil
}

// headEndsWith reports f's head noun ending with e's whole name: «هلال
// احمر» is a short form of «جمعیت هلال احمر استان X», whose head holds the
// body's own name.
func headEndsWith(f, e *orgEnt) bool {
	h := persianKey(f.head)
	return len(h) > len(e.key) && strings.HasSuffix(h, e.key)
}

// headIsWholeName reports a short name e that is its head noun and a
// place, the same words a longer name f of the same place has after an
// office head: «تعزیرات حکومتی استان X» is «اداره کل تعزیرات حکومتی استان
// X».
func headIsWholeName(e, f *orgEnt) bool {
	if e.place == "" || persianKey(e.place) != persianKey(f.place) || !branchOfficeHeads[persianKey(f.head)] {
		return false
	}
	return persianKey(strings.Join(e.core, " ")) == persianKey(e.head) && persianKey(strings.Join(f.after, " ")) == persianKey(e.head)
}

// homePlaces returns the keys of the provinces and cities of the articles
// that name e, with each city's province.
func homePlaces(e *orgEnt, as []*analysis) map[string]bool {
	places := map[string]bool{}
	for _, a := range as {
		if !e.arts[a.idx] {
			continue
		}
		for _, p := range []string{a.province, a.city, cities.vals[persianKey(a.city)]} {
			if p != "" {
				places[persianKey(p)] = true
			}
		}
	}
	return places
}

// capitalForm returns e's name with «مرکز استان X» written as the
// province's capital («دادسرای عمومی و انقلاب مرکز استان گلستان» →
// «دادسرای عمومی و انقلاب گرگان»), or "" when it has no such words.
func capitalForm(e *orgEnt) string {
	if e.place == "" {
		return ""
	}
	capital := provinces.vals[persianKey(e.place)]
	centre := "مرکز استان " + e.place
	if capital == "" || !strings.HasSuffix(e.name, centre) {
		return ""
	}
	return strings.TrimSuffix(e.name, centre) + capital
}

// genericHeaded reports a body's key that starts with a generic head
// (شرکت، سازمان ...).
func genericHeaded(key string) bool {
	for _, h := range genericHeads {
		if strings.HasPrefix(key, persianKey(h)) {
			return true
		}
	}
	return false
}

// genericHeadedEnding returns the one body, other than e, whose name
// starts with a generic head (شرکت، سازمان) and ends with e's name; nil
// when there is none or more than one.
func genericHeadedEnding(e *orgEnt, byWord map[string][]*orgEnt) *orgEnt {
	var only *orgEnt
	for _, f := range byWord[firstCore(e)] {
		if f == e || f.mergeTo != nil || len(f.key) <= len(e.key) || !strings.HasSuffix(f.key, e.key) || namedInside(e, f) {
			continue
		}
		if !genericHeaded(f.key) || r25cCorpsOfOrganization(e, f) {
			continue
		}
		if only != nil && only != f {
			return nil
		}
		only = f
	}
	return only
}

// firstCore is a body's first core word, or "".
func firstCore(e *orgEnt) string {
	if len(e.core) == 0 {
		return ""
	}
	return e.core[0]
}

// mergeOrg makes e a short form of root r.
func mergeOrg(e, r *orgEnt) {
	e.mergeTo = r
	r.forms = appendUnique(r.forms, e.name)
	for _, f := range e.forms {
		r.forms = appendUnique(r.forms, f)
	}
	for k := range e.arts {
		r.arts[k] = true
	}
	r.alone = r.alone || e.alone
}

// wordBody returns the body a one-word national body's name stands for in
// a file: the only body whose name starts with the word («سپاه» for «سپاه
// حضرت ابوالفضل (ع) استان لرستان», «مجلس» for «مجلس شورای اسلامی»), or
// else the national body named by the word under a fuller head («هلال
// احمر» for «جمعیت هلال احمر کشور»), or of one body's branches in several
// places that the word starts, the one of a province or city of the
// articles that use the word (home). It returns nil when the word may name several bodies of the
// file.
func wordBody(e *orgEnt, ents []*orgEnt, home map[string]bool) *orgEnt {
	var only, national, homeBody *orgEnt
	n, nn, nh := 0, 0, 0
	branches := true // the bodies the word starts are one body's branches in several places
	for _, f := range ents {
		if f == e || len(f.core) < 2 || f.root() == e {
			continue
		}
		if f.core[0] == e.core[0] {
			if only == nil || only.root() != f.root() {
				n++
			}
			if only != nil && !equalWords(only.core, f.core) {
				branches = false
			}
			only = f
			if f.place != "" && home[persianKey(f.place)] {
				if homeBody == nil || homeBody.root() != f.root() {
					nh++
				}
				homeBody = f
			}
			continue
		}
		if persianKey(f.place) == keyCountry && f.head != "" && strings.HasSuffix(persianKey(f.head), e.key) {
			if national == nil || national.root() != f.root() {
				nn++
			}
			national = f
		}
	}
	switch {
	case n == 1:
		return only
	case n == 0 && nn == 1:
		return national
	case nh == 1 && branches:
		return homeBody // of several provinces' branches, the article's own
	}
	return nil
}

// linkBranches gives a city's body the province's body of the same kind
// as parent, when the file names both and the city lies in the province:
// «کانون بسیج مهندسین صنعت و معدن شاهرود» is a branch of «سازمان بسیج
// مهندسین صنعت و معدن استان سمنان», «اداره ورزش و جوانان شهرستان X»
// of «اداره کل ورزش و جوانان استان Y». Bodies of the same kind have the
// same name words after their head nouns, in one of their forms.
func linkBranches(ents []*orgEnt) {
	kinds := make(map[*orgEnt][][]string, len(ents))
	for _, e := range ents {
		for _, n := range append([]string{e.name}, e.forms...) {
			if k := kindWords(n, e.place); len(k) > 0 {
				kinds[e] = append(kinds[e], k)
			}
		}
	}
	for _, e := range ents {
		if e.parent != "" || e.place == "" {
			continue
		}
		prov := provinceOfCity(e.place)
		if prov == "" {
			continue
		}
		var parent *orgEnt
		n := 0
		for _, f := range ents {
			if f == e || persianKey(f.place) != prov || !shareKind(kinds[e], kinds[f]) {
				continue
			}
			parent = f
			n++
		}
		if n == 1 {
			e.parent = parent.name
		}
	}
}

// placeOfKind reports whether place is of the kind a generic place word
// names: a province for استان, a city for شهرستان and شهر.
func placeOfKind(place, generic string) bool {
	k := persianKey(place)
	switch generic {
	case keyProvince:
		return provinces.has(k)
	case keyCounty, keyCity:
		return cities.has(k)
	}
	return false
}

func shareKind(a, b [][]string) bool {
	for _, x := range a {
		for _, y := range b {
			if equalWords(x, y) {
				return true
			}
		}
	}
	return false
}

// provinceOfCity returns the key of the province a city lies in, or "".
func provinceOfCity(city string) string {
	k := persianKey(city)
	if provinces.has(k) {
		return "" // a province's name, as اصفهان or قم, is its own place
	}
	if !cities.has(k) {
		return ""
	}
	return persianKey(cities.vals[k])
}

// kindWords are the core words of a body's name after its head noun (and
// «کل»): «بسیج مهندسین صنعت و معدن» for both «کانون بسیج مهندسین صنعت و
// معدن شاهرود» and «سازمان بسیج مهندسین صنعت و معدن استان سمنان».
func kindWords(name, place string) []string {
	w := coreWords(name, place)
	ts, _ := tokenize(name)
	if n, _ := headNouns.at(ts, 0); n > 0 && n <= len(w) {
		w = w[n:]
	}
	if len(w) > 0 && w[0] == keyWhole {
		w = w[1:]
	}
	return w
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// placesAgree reports whether short form e may name the same body as f.
// A short form that names a place never joins a body that names none: the
// place tells the body apart («جهاد کشاورزی طبس» is not «مرکز جهاد
// کشاورزی دیهوک»). A generic place word (استان، شهرستان) joins only a body
// of a place of that kind.
func placesAgree(e, f *orgEnt) bool {
	switch {
	case e.place != "" && f.place != "":
		// «شورای اسلامی شهر X» is not «شورای اسلامی استان X».
		pe, pf := placeWordBefore(e.name, e.place), placeWordBefore(f.name, f.place)
		return r24cSamePlace(e.place, f.place) && (pe == "" || pf == "" || pe == pf)
	case e.place != "":
		return false
	case e.generic != "":
		return f.generic == e.generic || f.place != "" && placeOfKind(f.place, e.generic) && !otherPlaceWord(f, e.generic)
	case e.place == "" && f.place == "" && f.generic == "":
		return true
	}
	// A short form with no place joins a placed body of the file; when
	// several fit, pickTarget chooses.
	return true
}

// placeWordBefore returns the key of «استان»، «شهرستان» or «شهر» right
// before a body's place at the end of its name, or "".
func placeWordBefore(name, place string) string {
	w, p := persian.Words(name), persian.Words(place)
	if len(p) == 0 || len(w) <= len(p) {
		return ""
	}
	k := persianKey(w[len(w)-len(p)-1])
	if k == keyProvince || k == keyCounty || k == keyCity || r23cPlaceLevel(k) {
		return k
	}
	return ""
}

// otherPlaceWord reports a body named with the other one of استان and
// شهرستان than generic: «دادگستری شهرستان» is no short form of «دادگستری
// استان سمنان», though سمنان is a county's name too.
func otherPlaceWord(f *orgEnt, generic string) bool {
	other := keyProvince
	if generic == keyProvince {
		other = keyCounty
	}
	for _, w := range persian.Words(f.name) {
		if persianKey(w) == other {
			return true
		}
	}
	return false
}

// homeTarget chooses, of several bodies a short form with no place may
// stand for, the one of its articles' own province or city («دانشگاه علوم
// پزشکی» in a report from Y of «دانشگاه علوم پزشکی Y», not of another
// province's); nil when none or several are.
func homeTarget(e *orgEnt, cands []*orgEnt, as []*analysis) *orgEnt {
	home := homePlaces(e, as)
	var only *orgEnt
	for _, c := range cands {
		r := c.root()
		if r.place == "" || !home[persianKey(r.place)] {
			continue
		}
		if only != nil && only != r {
			return nil
		}
		only = r
	}
	return only
}

// pickTarget chooses the body a short form belongs to: the only candidate,
// or the only one sharing an article with it.
func pickTarget(e *orgEnt, cands []*orgEnt) *orgEnt {
	if e.place == "" && e.generic == "" {
		// A name with no place is first a short form of a body that names
		// none either («سپاه حضرت صاحب‌الزمان» of «فرماندهی سپاه حضرت صاحب‌الزمان»).
		var unplaced []*orgEnt
		for _, c := range cands {
			if c.root().place == "" && c.root().generic == "" {
				unplaced = append(unplaced, c)
			}
		}
		if len(unplaced) > 0 {
			cands = unplaced
		}
	}
	roots := map[*orgEnt]bool{}
	for _, c := range cands {
		roots[c.root()] = true
	}
	if len(roots) == 1 || oneBodyForms(cands) {
		return cands[len(cands)-1]
	}
	// A name with no place is the national body when there is one.
	if e.place == "" && e.generic == "" {
		for _, c := range cands {
			if persianKey(c.place) == keyCountry {
				return c
			}
		}
	}
	// The nearest fuller form: the candidate with the fewest words, when
	// it is the only one that short.
	var nearest *orgEnt
	tie := false
	for _, c := range cands {
		switch {
		case nearest == nil || len(c.core) < len(nearest.core):
			nearest, tie = c, false
		case len(c.core) == len(nearest.core) && c.root() != nearest.root():
			tie = true
		}
	}
	if nearest != nil && tie {
		// Among equally near forms, the ones that share a body decide.
		n := 0
		for r := range roots {
			if r.place != "" && persianKey(r.place) == persianKey(e.place) {
				nearest = r
				n++
			}
		}
		tie = n != 1
	}
	if nearest != nil && !tie {
		return nearest
	}
	var shared *orgEnt
	n := 0
	for _, c := range cands {
		for k := range e.arts {
			if c.arts[k] {
				if shared == nil || shared.root() != c.root() {
					n++
				}
				shared = c
				break
			}
		}
	}
	if n == 1 {
		return shared
	}
	return nil
}

// coreWords are a body's name words without its place and without استان،
// شهرستان، کشور and bracketed blessings.
func coreWords(name, place string) []string {
	// «شهر» stays: a city's body (شورای شهر X) is not its county's.
	drop := map[string]bool{keyProvince: true, keyCounty: true, keyCountry: true}
	for w := range honorificAbbrev {
		drop[persianKey(w)] = true
	}
	placeKey := persianKey(place)
	var out []string
	words := persian.Words(name)
	for i := 0; i < len(words); i++ {
		k := persianKey(words[i])
		if drop[k] && !(k == keyCountry && i == 1 && len(words) == 2) {
			continue // «وزارت کشور» is named by «کشور»
		}
		// A place may span words (آذربایجان شرقی): drop the run that
		// spells it.
		if placeKey != "" && strings.HasPrefix(placeKey, k) {
			acc := k
			j := i + 1
			for acc != placeKey && j < len(words) && strings.HasPrefix(placeKey, acc+persianKey(words[j])) {
				acc += persianKey(words[j])
				j++
			}
			if acc == placeKey {
				i = j - 1
				continue
			}
		}
		// «اداره‌کل» typed glued is the listed head «اداره کل»: the same
		// words, so the two forms of a name compare equal.
		if head, ok := strings.CutSuffix(headNouns.keys[k], " کل"); ok && !strings.Contains(head, " ") {
			out = append(out, persianKey(head), keyWhole)
			continue
		}
		out = append(out, villageWord(k))
	}
	return out
}

// hasPrefix reports whether words s start with words p.
func hasPrefix(s, p []string) bool {
	return len(p) <= len(s) && equalWords(s[:len(p)], p)
}

func isSubsequence(a, b []string) bool {
	j := 0
	for _, w := range b {
		if j < len(a) && a[j] == w {
			j++
		}
	}
	return j == len(a)
}

// parentOf returns the body a mention is a branch or part of: the body
// named inside it after its head (کارگروه ... سازمان X), or for a city's
// body the province's body of the same kind named in the article.
func (a *analysis) parentOf(m orgMention) string {
	hn, _ := headNouns.at(a.toks, m.start)
	var best *orgMention
	for k := range a.orgs {
		o := &a.orgs[k]
		if o.start <= m.start || o.start < m.start+hn || o.end > m.end || o.end-o.start < 2 {
			continue
		}
		// A body's own name right after the head noun is the name's own
		// words (کانون [بسیج مهندسین] شاهرود), not a body it belongs to;
		// a kind of body there is (شورای [کانون ...]).
		if o.start == m.start+hn && (o.head == "" || isProperHead(o.head, o.place != "")) {
			continue
		}
		if best == nil || o.start < best.start || o.start == best.start && o.end > best.end {
			best = o
		}
	}
	if best == nil {
		return ""
	}
	return best.name
}

// roleHeadKey is the key of a role's first word.
func roleHeadKey(role string) string {
	w := persian.Words(role)
	if len(w) == 0 {
		return ""
	}
	return persianKey(w[0])
}

func appendUnique(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

func removeForm(s []string, v string) []string {
	out := s[:0]
	for _, x := range s {
		if x != v {
			out = append(out, x)
		}
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// academicUnitHeads head units named by their field, whose fuller form
// starts with the whole short name.
var academicUnitHeads = keySet("گروه", "دانشکده")
