package extract

// r18CCeremonyInTrip returns the ceremony word of the sentence of a visit
// trigger k when that sentence introduces someone at the ceremony: «فرماندار
// الف‌آباد در سفر به روستای ب در آیینی X را به عنوان دهیار جدید معرفی کرد».
// The trip is the frame; what the sentence reports is the ceremony. It
// returns -1 when there is none.
func (a *analysis) r18CCeremonyInTrip(k int) int {
	ts := a.toks
	s := ts[k].sent
	for j := k + 1; j < len(ts) && ts[j].sent == s; j++ {
		if eventWordAt(ts, j) != "ceremony" {
			continue
		}
		for m := j + 1; m < len(ts) && ts[m].sent == s; m++ {
			if introWords[ts[m].key] || handoverWords[ts[m].key] {
				return j
			}
		}
		return -1
	}
	return -1
}
