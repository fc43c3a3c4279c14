package extract

// r19aThankedFromNow returns, for «... از خدمات Y قدردانی شد. وی از این پس
// ROLE BODY خواهد بود» (a post held from now on, told with a pronoun),
// the thanked outgoing holder Y when he is the last person named in the
// sentence before and the pronoun's sentence names no one before token
// k: the outgoing holder's new post, which antecedent (leaving out the
// thanked) would give to the newcomer.
func (a *analysis) r19aThankedFromNow(k int) *personMention {
	ts := a.toks
	pk := a.pronounBefore(k)
	if pk < 0 {
		return nil
	}
	s := ts[pk].sent
	for pi := len(a.persons) - 1; pi >= 0; pi-- {
		p := &a.persons[pi]
		if p.end > pk {
			continue
		}
		if ts[p.start].sent != s-1 || !a.isThanked(p) {
			return nil
		}
		return p
	}
	return nil
}

// r19aIntensifiers are the adjectives of degree written between a compound
// verb's noun and its light verb («حمایت کامل خواهد کرد»، «پیگیری جدی
// می‌کند»، «همکاری همه‌جانبه دارند»).
var r19aIntensifiers = keySet("کامل", "جدی", "ویژه", "همه‌جانبه", "لازم", "بیشتر", "جدی‌تر")

// r19aVerbAfterIntensifier is verbAfter past one adjective of degree
// right after the word at j, or -1 when none follows it.
func r19aVerbAfterIntensifier(ts []token, j int) int {
	if j+2 >= len(ts) || !r19aIntensifiers[ts[j+1].key] || ts[j+1].sent != ts[j].sent {
		return -1
	}
	return verbAfter(ts, j+1)
}
