package extract

// r21bOrdinalBeforePost reports an ordinal right before a post at i
// («هفتمین رئیس»، «نخستین مدیرکل»): the rank of the holder in the post,
// no word of the name before it («الف هفتمین رئیس اداره X است»).
func (a *analysis) r21bOrdinalBeforePost(i int) bool {
	ts := a.toks
	return i+1 < len(ts) && ts[i+1].sent == ts[i].sent && isPrenominalOrdinal(ts[i]) && roleWordsAt(ts, i+1) > 0
}
