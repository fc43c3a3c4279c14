package extract

import "strings"

// r20CLocalOfficeThenObject reports a common noun at j, right after the
// head of a local office at i that no place follows, that a determiner
// follows: «فرمانداری روند این طرح را پیگیری می‌کند» names the office
// alone, and «روند این طرح» is the clause's object. A place's name
// is no common noun, so «شهرداری الف این طرح را ...» keeps its place.
func (a *analysis) r20CLocalOfficeThenObject(i, j int) bool {
	ts := a.toks
	if j != i+1 || j+1 >= len(ts) || !localOffices.has(ts[i].key) || placeLen(ts, j) > 0 || ts[j+1].sent != ts[j].sent {
		return false
	}
	return commonWords.has(ts[j].key) && isDeterminer(ts[j+1].key)
}

// r20CBoardBesideOther reports one of two posts as a board's («رئیس
// هیئت‌مدیره»، «عضو هیئت‌مدیره») and the other not: a company's or a
// municipal organization's board chair and its chief executive («مدیرعامل
// سازمان الف» beside «رئیس هیئت‌مدیره سازمان الف شهرداری ب») hold posts
// of one body, so the second holder tells of no other, national body.
func r20CBoardBesideOther(role, other string) bool {
	return r20CBoardPost(role) != r20CBoardPost(other)
}

// r20CBoardPost reports a post of a board of directors.
func r20CBoardPost(role string) bool {
	k := persianKey(role)
	return strings.Contains(k, keyR20CBoard)
}

var keyR20CBoard = persianKey("هیئت‌مدیره")
