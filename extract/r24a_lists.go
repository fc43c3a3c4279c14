package extract

import "slices"

// Lists of several persons and their posts told in one sentence (round
// 24, tuner A).

// r24aJoinVerbs end «به عضویت BODY درآمدند»: joined a body's membership,
// typed whole («درآمد») or with the preverb apart («در آمد»).
var r24aJoinVerbs = keySet("درآمد", "درآمدند", "درآمده", "درآمده‌اند", "درآمده‌است")

// r24aJoinStems are the same verbs after a preverb «در» typed apart.
var r24aJoinStems = keySet("آمد", "آمدند", "آمده", "آمده‌اند")

// r24aJoinVerbAt reports the verb of joining a membership at k in
// sentence s, «درآمدند» or «در آمدند», with «نیز» or «هم» allowed
// before it.
func (a *analysis) r24aJoinVerbAt(k, s int) bool {
	ts := a.toks
	if k < len(ts) && ts[k].sent == s && alsoWords[ts[k].key] {
		k++
	}
	if k >= len(ts) || ts[k].sent != s {
		return false
	}
	if r24aJoinVerbs[ts[k].key] {
		return true
	}
	return ts[k].key == keyIn && k+1 < len(ts) && ts[k+1].sent == s && r24aJoinStems[ts[k+1].key]
}

// r24aPartGroup names the participation rule of r24aGroupPronounOf.
const r24aPartGroup = "one of the names listed before a plural pronoun («آنان») in the event's sentence"

// r24aGroupPronouns are the plural pronouns of persons.
var r24aGroupPronouns = keySet("آنان", "آنها", "آن‌ها")

// r24aSpacedThey reports «آن ها» at j.
func r24aSpacedThey(ts []token, j int) bool {
	return ts[j].key == keyThat && j+1 < len(ts) && ts[j+1].sent == ts[j].sent && ts[j+1].key == keyPluralHa
}

// r24aGroupPronounOf reports a person p of the list of two or more names
// a plural pronoun of the event's own sentence stands for: «الف و ب به
// ترتیب به عنوان R1 و R2 منصوب شدند. احکام آنان امروز در نشست X ابلاغ
// شد»، «... آنان در نشستی با ...». The list is the last one of two or
// more names told before the pronoun, in its sentence or the one before
// (a single name between, «به ریاست X»، is passed over); a pronoun inside
// reported speech stands for nobody here.
func (a *analysis) r24aGroupPronounOf(e *eventMention, p *personMention) bool {
	ts := a.toks
	ps := ts[p.start].sent
	if e.listed || ps != e.sent && ps+1 != e.sent || a.quotedTokens()[p.start] {
		return false
	}
	i0, i1 := a.sentRange(e.sent)
	k := -1
	for j := i0; j < i1; j++ {
		if (r24aGroupPronouns[ts[j].key] || r24aSpacedThey(ts, j)) && !a.quotedTokens()[j] {
			k = j
			break
		}
	}
	if k < 0 || p.end > k {
		return false
	}
	for qi := len(a.persons) - 1; qi >= 0; qi-- {
		q := &a.persons[qi]
		if q.end > k {
			continue
		}
		if qs := ts[q.start].sent; qs != e.sent && qs+1 != e.sent {
			return false
		}
		group := a.personsBefore(q.end)
		if len(group) < 2 {
			continue
		}
		return slices.ContainsFunc(group, func(g *personMention) bool { return g == p })
	}
	return false
}

// r24aMaxGuestReach bounds the tokens from «حضور» to a guest's name in
// its list.
const r24aMaxGuestReach = 40

// r24aBarePostGuests reads a guest of a «با حضور» list told by his name
// and a bare head post, «آیین ... این شرکت با حضور الف مدیرعامل، ب R2
// BODY2 و ... برگزار شد»: the post heads the body the sentence named
// before the list by «این» and its head noun. A guest whose post is told
// with a body, or who has a post already, is left alone.
func (a *analysis) r24aBarePostGuests() {
	ts := a.toks
	for pi := range a.persons {
		p := &a.persons[pi]
		j := p.end
		if j < len(ts) && ts[j].text == "،" {
			j++
		}
		if j+1 >= len(ts) || ts[j].sent != ts[p.start].sent || !headPosts[ts[j].key] || a.hasAnyAff(p) {
			continue
		}
		if nx := ts[j+1]; nx.sent == ts[j].sent && nx.text != "،" && nx.text != "؛" && nx.key != keyAnd {
			continue
		}
		k := p.start - 1
		for k >= 0 && ts[k].sent == ts[p.start].sent && p.start-k <= r24aMaxGuestReach && ts[k].key != keyPresence {
			k--
		}
		if k < 1 || ts[k].key != keyPresence || ts[k].sent != ts[p.start].sent {
			continue
		}
		o := a.r24aThisBodyBefore(k)
		if o == nil {
			continue
		}
		r := roleRef{start: j, next: j + 1, role: ts[j].text, org: o.name, orgPlace: o.place}
		a.affs = append(a.affs, affMention{person: p, role: r, sent: ts[p.start].sent, rule: "r24a-bare-post-guest"})
	}
}

// r24aThisBodyBefore returns the body named last by «این» and its head
// noun in the sentence of token k before it («معاون مالی این شرکت»), or
// nil.
func (a *analysis) r24aThisBodyBefore(k int) *orgMention {
	ts := a.toks
	for h := k - 1; h > 0 && ts[h].sent == ts[k].sent; h-- {
		if ts[h-1].key != keyThis || a.orgCover[h] {
			continue
		}
		if hn, _ := headNouns.at(ts, h); hn != 1 {
			continue
		}
		if o := a.recentOrgWithBareHead(ts[h], h); o != nil && o.start < h {
			return o
		}
		return nil
	}
	return nil
}

// r24aCommaBarePosts drops the post an item of a «با حضور» list of «X،
// R» items gave the next item's name when the name before it was not
// read: in «با حضور الف، R1، ب، R2 و ج، R3» R1 follows «،» as الف's post
// does, and ب, whose own post follows his name after «،», is not its
// holder.
func (a *analysis) r24aCommaBarePosts() {
	ts := a.toks
	a.affs = slices.DeleteFunc(a.affs, func(m affMention) bool {
		r, p := m.role, m.person
		if m.rule != "role-then-name" || r.next+1 != p.start || ts[r.next].text != "،" || r.start < 2 || ts[r.start-1].text != "،" || p.end+1 >= len(ts) || ts[p.end].text != "،" {
			return false
		}
		s := ts[p.start].sent
		own := a.roleStartingAt(p.end + 1)
		if own == nil || own.org == "" || own.former || ts[own.start].sent != s {
			return false
		}
		for k := r.start - 2; k >= 0 && ts[k].sent == s && r.start-k <= r24aMaxGuestReach; k-- {
			if ts[k].key == keyPresence {
				return true
			}
		}
		return false
	})
}
