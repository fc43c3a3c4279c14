package extract

import "strings"

// r22cBrandAfterPlace lengthens a company's name cut at a place word of
// its brand by the word that follows it in every mention: «شرکت صنایع
// الف ب» (ب no place), where الف is a town, is one name when the article
// writes «شرکت صنایع الف» only ever with ب after it, though the clause
// goes on differently each time («... ب معرفی شد»، «... ب و ...»،
// «... ب نیز گفت»). A word of the clause after the place differs from
// one mention to the next; the brand's own word does not. Two mentions
// at least are needed, and the word must be able to stand in a name: no
// stop word, verb, post, title, head noun, place or common word.
func (a *analysis) r22cBrandAfterPlace() {
	ts := a.toks
	type group struct {
		next    string
		members []int
		ok      bool
	}
	groups := map[string]*group{}
	var order []string
	for x := range a.orgs {
		o := &a.orgs[x]
		e := o.end
		if o.place == "" || e >= len(ts) || e == 0 {
			continue
		}
		pn := len(strings.Fields(o.place))
		c := -1
		for k := e - pn - 1; k >= o.start; k-- {
			if companyHeads[ts[k].key] {
				c = k
				break
			}
		}
		if c < 0 || c+1 >= e-pn {
			continue
		}
		if n := placeLen(ts, e-pn); n != pn {
			continue
		}
		key := a.keyOf(c, e)
		g := groups[key]
		if g == nil {
			g = &group{next: ts[e].key, ok: true}
			groups[key] = g
			order = append(order, key)
		}
		g.members = append(g.members, x)
		if ts[e].sent != ts[e-1].sent || ts[e].key != g.next || !a.r22cBrandWord(e) {
			g.ok = false
		}
	}
	done := map[int]bool{}
	for _, key := range order {
		g := groups[key]
		if !g.ok || len(g.members) < 2 {
			continue
		}
		var ends []int
		for _, x := range g.members {
			ends = append(ends, a.orgs[x].end)
		}
		for _, e := range ends {
			if done[e] {
				continue
			}
			done[e] = true
			// every mention ending at the place: the company's, and the
			// brand's name inside it («پتروشیمی الف» in «شرکت پتروشیمی الف ب»)
			for y := range a.orgs {
				if o := &a.orgs[y]; o.end == e {
					o.name += " " + ts[e].text
					o.end++
				}
			}
			a.orgCover[e] = true
		}
	}
}

// r22cBrandWord reports a word at j that may be a brand's own word after a
// place in a company's name.
func (a *analysis) r22cBrandWord(j int) bool {
	ts := a.toks
	t := ts[j]
	if isOrgStop(t) || !a.isNameWordCheap(j) || a.orgCover[j] || headNounsAt(ts, j) > 0 || placeLen(ts, j) > 0 {
		return false
	}
	if commonWords.has(t.key) || clauseNouns.has(t.key) || passiveNouns[t.key] || givenNames.has(t.key) || a.titleAt(j) > 0 {
		return false
	}
	return !placeWords[t.key] && !compassWords[t.key] && !isTimeAdverb(t.key) && !isSuperlative(t) && !isPrenominalOrdinal(t)
}

// r22cFillPredecessor gives app, the appointment already listed for a
// person at a body, the predecessor a later telling of it (ap) names,
// when the first named none: a body written in two forms (a headline's
// short form, a lead's long name) tells one appointment twice, the
// predecessor only once.
func r22cFillPredecessor(app *Appointment, ap appMention, pname func(string) string) {
	if ap.predecessor != nil && app.Predecessor == "" {
		app.Predecessor = pname(ap.predecessor.name)
	}
}

// keyCorps is «سپاه», the corps a Basij unit is of.
var keyCorps = persianKey("سپاه")

// r22cBasijOfCorps lengthens the name of a Basij branch cut before the
// corps it belongs to («بسیج جامعه زنان سپاه الف استان ب»): a branch
// named by its own name takes only a place after it, but the provincial
// corps written right after it is the branch's parent, and its name part
// of the branch's («بسیج ... سپاه الف استان ب» is the branch of that
// province). The corps stays a body of its own, nested in the branch's
// name.
func (a *analysis) r22cBasijOfCorps() {
	ts := a.toks
	for x := range a.orgs {
		o := &a.orgs[x]
		e := o.end
		if ts[o.start].key != keyBasij || e-o.start < 2 || e >= len(ts) || ts[e].key != keyCorps || ts[e].sent != ts[o.start].sent || o.place != "" {
			continue
		}
		var corps *orgMention
		for y := range a.orgs {
			if p := &a.orgs[y]; p.start == e && p.end > e+1 && (corps == nil || p.end > corps.end) {
				corps = p
			}
		}
		if corps == nil || corps.place == "" && corps.genericPlace == "" {
			continue
		}
		corps.nested = true
		o.end = corps.end
		o.name = unglueNumber(a.text(o.start, o.end))
		o.place, o.genericPlace = corps.place, corps.genericPlace
	}
}

// r22cCorpsOfBranch reports a corps e («سپاه الف استان ب») named at the end
// of a Basij branch's name f («بسیج جامعه زنان سپاه الف استان ب»): the
// branch is a part of the corps, and the corps no short form of it, where
// a Basij district («ناحیه مقاومت بسیج سپاه شهرستان ج») is the corps of
// its county by another name.
func r22cCorpsOfBranch(e, f *orgEnt) bool {
	if firstWordKey(e.name) != keyCorps || !strings.HasSuffix(f.name, " "+e.name) {
		return false
	}
	prefix := strings.TrimSuffix(f.name, " "+e.name)
	return firstWordKey(prefix) == keyBasij && len(strings.Fields(prefix)) > 1 && knownBodies.has(persianKey(prefix))
}

// r22cLocalUnitHeads head a company's local unit of a county or a city,
// named by the company's field: «امور آب و فاضلاب شهرستان X», «اداره
// گاز شهر Y», «مدیریت برق شهرستان Z».
var r22cLocalUnitHeads = []string{"امور", "اداره", "مدیریت"}

// r22cLocalUnitLongForm returns the county's unit an acronym of a company
// names with a county's place («آبفای X» of «امور آب و فاضلاب شهرستان
// X»): the acronym's long form stem («شرکت آب و فاضلاب ») with the head
// of a local unit instead of the company's, when the file names that.
func r22cLocalUnitLongForm(stem, place string, byKey map[string]*orgEnt) *orgEnt {
	head, field, ok := strings.Cut(stem, " ")
	if !ok || !companyHeads[persianKey(head)] || field == "" {
		return nil
	}
	for _, h := range r22cLocalUnitHeads {
		for _, w := range [...]string{"شهرستان ", "شهر ", ""} {
			if t := byKey[persianKey(h+" "+field+w+place)]; t != nil {
				return t
			}
		}
	}
	return nil
}

// localOfficeHolders gives the one-word post that holds a one-word office
// («فرمانداری» → «فرماندار»), keys both, from role_bodies.txt.
var localOfficeHolders = func() map[string]string {
	m := map[string]string{}
	for k, v := range roleBodies.vals {
		if !strings.Contains(k, " ") {
			m[persianKey(v)] = k
		}
	}
	return m
}()

// r22cLocalOfficeBeforeObject ends a local office's name that runs on into
// the object of its clause («فرمانداری الف فهرست متقاضیان را ...») after
// its first word, when the article writes that word as the place of the
// office's holder («فرماندار الف»): الف is then the town, the office
// «فرمانداری الف», though no place list holds it (a town whose name is a
// common word too).
func (a *analysis) r22cLocalOfficeBeforeObject() {
	ts := a.toks
	for x := range a.orgs {
		o := &a.orgs[x]
		if o.end >= len(ts) || o.end-o.start < 3 || ts[o.end].key != keyRa || o.place != "" || o.genericPlace != "" || o.bracketed != "" || o.name != a.text(o.start, o.end) {
			continue
		}
		post, ok := localOfficeHolders[ts[o.start].key]
		if !ok || !localOffices.has(ts[o.start].key) {
			continue
		}
		w := ts[o.start+1].key
		found := false
		for k := 0; k+1 < len(ts) && !found; k++ {
			found = ts[k].key == post && ts[k+1].key == w && ts[k+1].sent == ts[k].sent
		}
		if !found {
			continue
		}
		for k := o.start + 2; k < o.end; k++ {
			a.orgCover[k] = false
		}
		o.end = o.start + 2
		o.name = a.text(o.start, o.end)
		o.place = ts[o.start+1].text
	}
}
