package extract

// r17bVerbEndsSentence reports a light verb at j, the last word of its
// sentence (k is the token after it): «... به امضای الف و ب رسید.» ends
// with the verb, no second word of ب's surname.
func (a *analysis) r17bVerbEndsSentence(j, k int) bool {
	ts := a.toks
	if k != j+1 || !lightVerbs.has(ts[j].key) {
		return false
	}
	return k >= len(ts) || ts[k].sent != ts[j].sent || ts[k].text == "." || ts[k].text == "!" || ts[k].text == "؟"
}
