package extract

// r18aAlsoBefore steps back over an «نیز/هم» right before token end
// («الف و ب نیز به ترتیب R1 و R2»): the adverb sits between the list of
// persons and «به ترتیب». It returns end unchanged when there is none.
func (a *analysis) r18aAlsoBefore(end int) int {
	if end > 1 && alsoWords[a.toks[end-1].key] {
		return end - 1
	}
	return end
}
