package extract

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
	if k < len(ts) && ts[k].sent == s && r24aAlsoWords[ts[k].key] {
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

// r24aAlsoWords may stand between a membership's body and its verb.
var r24aAlsoWords = keySet("نیز", "هم")
