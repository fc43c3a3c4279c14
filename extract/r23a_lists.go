package extract

import "slices"

// Lists of several persons and their posts told in one sentence (round
// 23, tuner A).

// r23aMaxPlacedSpan bounds the tokens from «در سمت» to «قرار گرفتند» in a
// list of posts told «به ترتیب»: as many posts as the longest list.
const r23aMaxPlacedSpan = maxRoleTokens * maxPluralListed

// r23aRespectivelyPlaced reports «به ترتیب در سمت R1، R2 و R3 (BODY) قرار
// گرفتند» with «در» at i and the first post at k: posts given in order to
// the names listed before «به ترتیب», the verb after the whole list of
// posts (commas and «و» between them).
func (a *analysis) r23aRespectivelyPlaced(i, k int) bool {
	ts := a.toks
	if ts[i].key != keyIn || i < 2 || ts[i-1].key != keyOrder || ts[i-2].key != keyTo {
		return false
	}
	for j := k; j+1 < len(ts) && ts[j].sent == ts[i].sent && j-k <= r23aMaxPlacedSpan; j++ {
		if ts[j].text == "؛" || ts[j].text == ":" || a.personCover[j] {
			return false
		}
		if ts[j].key == keyQarar {
			return j > k && takeVerbs[ts[j+1].key]
		}
	}
	return false
}

// r23aSemicolonBarePosts drops the post a list item told by its post
// alone gave the next item's name: in «با حضور R1؛ R2 BODY2؛ الف، R3
// BODY3؛ و ب، R4 BODY4» the «؛» closes the item «R2 BODY2» (a guest the
// report names elsewhere, or not at all); الف, whose own post follows his
// name after «،», is not its holder.
func (a *analysis) r23aSemicolonBarePosts() {
	ts := a.toks
	a.affs = slices.DeleteFunc(a.affs, func(m affMention) bool {
		r, p := m.role, m.person
		if m.rule != "role-then-name" || r.next+1 != p.start || ts[r.next].text != "؛" || p.end+1 >= len(ts) || ts[p.end].text != "،" {
			return false
		}
		own := a.roleStartingAt(p.end + 1)
		return own != nil && own.org != "" && !own.former && ts[own.start].sent == ts[p.start].sent
	})
}

// r23aBareBoardBody reads the body of «اعضای (اصلی) هیئت‌مدیره (این)
// انجمن انتخاب شدند» with the board's phrase ending at e: the body named
// before by that head noun alone, with or without «این», as the phrase
// ends (an appointment's verb or a mark after it). It returns that body
// and the token after its head, or nil.
func (a *analysis) r23aBareBoardBody(k, e int) (*orgMention, int) {
	ts := a.toks
	h := e
	if h < len(ts) && isDeterminer(ts[h].key) {
		h++
	}
	if h+1 >= len(ts) || ts[h].sent != ts[k].sent || a.orgCover[h] {
		return nil, e
	}
	if hn, _ := headNouns.at(ts, h); hn != 1 {
		return nil, e
	}
	if nx := ts[h+1]; nx.sent == ts[h].sent && !nx.punct && !introWords[nx.key] && !appointVerbs[nx.key] {
		return nil, e
	}
	o := a.recentOrgWithBareHead(ts[h], h)
	if o == nil || o.start >= h {
		return nil, e
	}
	return o, h + 1
}

// r23aMaxLaterBoard bounds the tokens from «اعضای اصلی و» to the board a
// later plural of its sentence names.
const r23aMaxLaterBoard = 4 * maxPluralListed

// r23aBoardOfLaterKind reads «الف و ب به عنوان اعضای اصلی و ج و د به عنوان
// اعضای علی‌البدل هیئت‌مدیره X انتخاب شدند» with the first plural at k
// and «و» at m after its kind of member: the board the next plural of
// the sentence names is the first one's too. It returns that post, or
// nil.
func (a *analysis) r23aBoardOfLaterKind(k, m int) []roleRef {
	ts := a.toks
	if m >= len(ts) || ts[m].key != keyAnd {
		return nil
	}
	for q := m + 1; q < len(ts) && q <= m+r23aMaxLaterBoard && ts[q].sent == ts[k].sent; q++ {
		n, post := pluralPosts.at(ts, q)
		if n == 0 {
			continue
		}
		if q+n >= len(ts) || !r20aMemberKinds[ts[q+n].key] {
			return nil // «... و ج به عنوان اعضای هیئت‌مدیره»: no kind of member
		}
		out, _ := a.r20aBoardMembers(q, q+n, post)
		if len(out) != 1 {
			return nil
		}
		r := out[0]
		r.start, r.next = k, m
		return []roleRef{r}
	}
	return nil
}
