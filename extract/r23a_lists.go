package extract

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
