package extract

import "slices"

// Lists of several persons and their posts told in one sentence (round
// 22, tuner A).

// r22aKeyOwn are «خود» and «خویش» in «در سمت(‌های) خود ابقا شدند».
var r22aKeyOwn = keySet("خود", "خویش", "خودشان")

// r22aKeptVerbAt reports «(نیز) (در سمت/سمت‌های خود) ابقا شد(ند)» at k:
// holders kept in the posts they hold.
func r22aKeptVerbAt(ts []token, k int) bool {
	if k < len(ts) && (ts[k].key == keyAlso || ts[k].key == keyAlso2) {
		k++
	}
	if k+1 < len(ts) && ts[k].key == keyIn && (ts[k+1].key == keyPost || ts[k+1].key == r20aKeyPosts) {
		k += 2
		if k < len(ts) && ts[k-1].key == keyPost && ts[k].key == keyPluralHay {
			k++ // «در سمت های خود»: the plural typed apart
		}
		if k < len(ts) && r22aKeyOwn[ts[k].key] {
			k++
		}
	}
	return k+1 < len(ts) && ts[k].key == keyKeep && (pluralBecome[ts[k+1].key] || isBecomeVerb(ts, k+1))
}

// r22aSubOffices are the heads of a body's inner units: «رئیس اداره امور
// مالی» told with no parent body and no place is a post of the body the
// report is about, not a body of its own.
var r22aSubOffices = keySet("اداره", "دفتر", "واحد", "گروه", "بخش")

// r22aKeptInPosts reads holders kept in their posts, listed each with
// the post in brackets or after a comma: «الف (R1) و ب (R2) در سمت‌های
// خود ابقا شدند»، «الف، R1 و ب، R2 نیز ابقا شدند». Each holds the post
// (an affiliation, no appointment). A post with no body of its own, or
// an inner unit with no parent or place («رئیس اداره حقوقی»), is in the
// body the sentence or the one before names.
func (a *analysis) r22aKeptInPosts() {
	ts := a.toks
	for pi := 0; pi < len(a.persons); pi++ {
		first := a.persons[pi].start
		s := ts[first].sent
		items, k := a.r25aWalkItems(first, s, func(p *personMention) (roleRef, int, bool, bool) {
			if p.end+1 >= len(ts) || ts[p.end].sent != s {
				return roleRef{}, -1, false, false
			}
			bracket := ts[p.end].text == "("
			if !bracket && ts[p.end].text != "،" {
				return roleRef{}, -1, false, false
			}
			r, ok := a.roleAt(p.end + 1)
			if !ok || r.former || r.next >= len(ts) {
				return r, -1, false, false
			}
			if !bracket {
				return r, r.next, true, true
			}
			if ts[r.next].text != ")" {
				return r, r.next, false, false
			}
			return r, r.next + 1, true, true
		})
		for pi+1 < len(a.persons) && a.persons[pi+1].start < k {
			pi++
		}
		if len(items) < 2 || !r22aKeptVerbAt(ts, k) {
			continue
		}
		a.r25aDropPostBeforeKept(items[0].p)
		for _, it := range items {
			r := it.r
			unit := a.r22aBareSubOffice(r)
			if r.org != "" && unit == nil {
				continue // a post of its own body, read by the rules before
			}
			// The body of the report, of any kind: a deputy kept by a new
			// director general is the directorate's, not a deputyship's.
			o := a.listBody(first, roleRef{start: first})
			if o == nil {
				if o = a.r22aPostBodyBefore(first); o == nil {
					continue
				}
			}
			if unit != nil {
				r.role = a.text(r.start, r.next) // «رئیس اداره امور مالی»
				unit.unlisted = true             // part of the post, no body of its own
			}
			r.org, r.orgPlace = o.name, o.place
			a.r22aDropOtherBodies(it.p, r)
			if !a.hasAff(it.p, r) {
				a.affs = append(a.affs, affMention{person: it.p, role: r, sent: s, rule: "kept-in-post"})
			}
		}
	}
}

// r22aBareSubOffice returns the body mention of a post that is an inner
// unit named with no parent body and no place («رئیس اداره امور مالی»),
// else nil.
func (a *analysis) r22aBareSubOffice(r roleRef) *orgMention {
	for k := range a.orgs {
		o := &a.orgs[k]
		if o.start < r.start || o.end != r.next || o.name != r.org {
			continue
		}
		if r22aSubOffices[firstWordKey(o.name)] && o.place == "" && o.genericPlace == "" && a.r22aNoBodyInside(o) {
			return o
		}
		return nil
	}
	return nil
}

// r22aNoBodyInside reports a body mention with no other body's head
// after its own (no parent: «اداره حقوقی», not «اداره حقوقی اداره کل»).
func (a *analysis) r22aNoBodyInside(o *orgMention) bool {
	for k := o.start + 1; k < o.end; k++ {
		if n, _ := headNouns.at(a.toks, k); n > 0 {
			return false
		}
	}
	return true
}

// r22aDropOtherBodies drops p's affiliations told with the post at
// r.start in another body than r's.
func (a *analysis) r22aDropOtherBodies(p *personMention, r roleRef) {
	a.affs = slices.DeleteFunc(a.affs, func(m affMention) bool {
		return m.person == p && m.role.start == r.start && m.role.org != r.org
	})
}

// r22aPostBodyBefore returns the body of the last post told before token
// i in its sentence or the one before, for a body the report names only
// through its head's post («مدیرکل امور مالیاتی استان X»).
func (a *analysis) r22aPostBodyBefore(i int) *orgMention {
	ts := a.toks
	s := ts[i].sent
	var best *roleRef
	for k := range a.roles {
		r := &a.roles[k]
		if r.org == "" || r.former || r.next > i || ts[r.start].sent < s-1 {
			continue
		}
		if best == nil || r.start > best.start {
			best = r
		}
	}
	if best == nil {
		return nil
	}
	return &orgMention{name: best.org, place: best.orgPlace}
}

// r22aNamedItemAfter reports «و» and a name at token next: a list of
// guests that goes on after a coordinated post with its last item, «الف
// R1 BODY1، ب R2 BODY2 و R3 BODY3 و ج R4 BODY4», so that the «و» before R3
// joins two posts of ب (a list joins its items with «،» but the last).
func (a *analysis) r22aNamedItemAfter(next int) bool {
	ts := a.toks
	return next+1 < len(ts) && ts[next].key == keyAnd && ts[next+1].sent == ts[next].sent && a.personStartingAt(next+1) != nil
}
