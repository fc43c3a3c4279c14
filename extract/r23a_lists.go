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
