package extract

import "strings"

// castVotes close a tally: «۲۱ رأی از ۳۲ رأی مأخوذه».
var castVotes = keySet("مأخوذه", "ماخوذه", "مأخوذ", "ماخوذ", "موافق") // and «با ۵ رأی موافق» (r20B)

// termYears and termEnds read the term a post is won for: «برای چهار سال
// آینده»، «به مدت چهار سال».
var (
	keyPeriod = persianKey("مدت")
	termUnits = keySet("سال", "دوره")
	termEnds  = keySet("آینده", "دیگر", "پیاپی", "متوالی")
)

// r17bVoteTail returns the token after the words that may close a vote's
// tally at j before the post won: «مأخوذه» of the votes cast, and a term
// set off by a comma or not («، برای چهار سال آینده»، «به مدت چهار
// سال»). It returns j when none follows.
func r17bVoteTail(ts []token, j int) int {
	// «۱۲ رأی از مجموع ۱۵ رأی»: the votes cast.
	if j+3 < len(ts) && ts[j].key == keyFrom && ts[j+1].key == keyTotal && (ts[j+2].digit || numberWords[ts[j+2].key]) && voteKeys[ts[j+3].key] {
		j += 4
	}
	if j < len(ts) && castVotes[ts[j].key] {
		j++
	}
	k := j
	if k < len(ts) && ts[k].text == "،" {
		k++
	}
	if e := termPhraseEnd(ts, k); e > k {
		if e < len(ts) && ts[e].text == "،" {
			e++
		}
		return e
	}
	return j
}

// termPhraseEnd returns the token after a term at k («برای چهار سال
// آینده»، «به مدت چهار سال»، «برای یک دوره دیگر»), or k when none starts
// there.
func termPhraseEnd(ts []token, k int) int {
	j := k
	switch {
	case j+1 < len(ts) && ts[j].key == keyFor:
		j++
	case j+2 < len(ts) && ts[j].key == keyTo && ts[j+1].key == keyPeriod:
		j += 2
	default:
		return k
	}
	if j+1 >= len(ts) || !(ts[j].digit || numberWords[ts[j].key] || ordinalWord(ts[j].key)) || !termUnits[ts[j+1].key] || ts[j+1].sent != ts[k].sent {
		return k
	}
	j += 2
	if j < len(ts) && termEnds[ts[j].key] {
		j++
	}
	return j
}

var (
	keyTotal    = persianKey("مجموع")
	keyMajority = persianKey("اکثریت")
	keyConsent  = persianKey("اتفاق")
	keyDecisive = persianKey("قاطع")
)

// r17bMajorityVoteEnd returns the token after «اکثریت (قاطع) آرا» or
// «اتفاق آرا» at j (the votes told by their share, with «اعضا» after
// them or not), or j when none stands there.
func r17bMajorityVoteEnd(ts []token, j int) int {
	if j >= len(ts) || ts[j].key != keyMajority && ts[j].key != keyConsent {
		return j
	}
	e := j + 1
	if e < len(ts) && ts[e].key == keyDecisive {
		e++
	}
	if e >= len(ts) || !voteKeys[ts[e].key] && !voteKeys[strings.TrimSuffix(ts[e].key, "ی")] {
		return j
	}
	e++
	if e < len(ts) && (ts[e].key == keyMembers || ts[e].key == keyMembers2) {
		e++
	}
	return e
}

// ordinalWord reports an ordinal of a term: «دومین»، «سومین»، «دوم».
func ordinalWord(key string) bool {
	if stem, ok := strings.CutSuffix(key, "ین"); ok {
		key = stem
	}
	return ordinalDay(key) || key == persianKey("نخست") || key == persianKey("اول")
}

// r17bDayPhraseEnd returns the token after a relative day or week at k
// («دیروز»، «روز گذشته»، «هفته گذشته») or a term («برای دومین سال
// پیاپی») told between a name and the post it became, or 0 when none
// starts there: «الف هفته گذشته با حکم ... سرپرست BODY شد».
func r17bDayPhraseEnd(ts []token, k int) int {
	if _, n, ok := relativeDayAt(ts, k); ok {
		return k + n
	}
	if _, n, ok := weekAt(ts, k, len(ts)); ok && ts[k+1].sent == ts[k].sent {
		return k + n
	}
	if e := termPhraseEnd(ts, k); e > k {
		return e // «الف برای دومین سال پیاپی رئیس شورا شد»
	}
	return 0
}
