package extract

// r20CLocalOfficeThenObject reports a common noun at j, right after the
// head of a local office at i that no place follows, that a determiner
// follows: «استانداری پیشرفت این همکاری را بررسی می‌کند» names the office
// alone, and «پیشرفت این همکاری» is the clause's object. A place's name
// is no common noun, so «شهرداری الف این طرح را ...» keeps its place.
func (a *analysis) r20CLocalOfficeThenObject(i, j int) bool {
	ts := a.toks
	if j != i+1 || j+1 >= len(ts) || !localOffices.has(ts[i].key) || placeLen(ts, j) > 0 || ts[j+1].sent != ts[j].sent {
		return false
	}
	return commonWords.has(ts[j].key) && isDeterminer(ts[j+1].key)
}
