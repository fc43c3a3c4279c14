package extract

// r15bBareOpenerWords open a sentence before its subject with no comma
// after them: «همچنین رئیس اداره X گفت»، «در ادامه مدیرکل Y افزود».
var r15bBareOpenerWords = keySet("همچنین", "سپس", "آنگاه")

// r15bBareInWords follow «در» in a two-word opener with no comma: «در
// ادامه»، «در پایان»، «در ابتدا».
var r15bBareInWords = keySet("ادامه", "پایان", "ابتدا", "ابتدای")

// r15bAfterBareOpener reports a post at k right after a short connective
// that opens its sentence with no comma: «در ادامه رئیس بهزیستی شهرستان
// X گفت: ...»، «در این نشست مدیرکل Y گفت»، «همچنین معاون Z افزود». The
// post is then the sentence's subject as much as one that opens it.
func (a *analysis) r15bAfterBareOpener(k int) bool {
	ts := a.toks
	if k < 1 || k >= len(ts) {
		return false
	}
	lo, _ := a.sentRange(ts[k].sent)
	switch k - lo {
	case 1:
		return r15bBareOpenerWords[ts[lo].key]
	case 2:
		return ts[lo].key == keyIn && r15bBareInWords[ts[lo+1].key]
	case 3:
		// «در این نشست/مراسم R BODY گفت»
		return a.inThisEventAt(lo)
	}
	return false
}

// r15bSaidAfterPost reports a speech verb right after a post (its comma
// skipped) at k: «پیش از این، X معاون Y گفته بود ...» tells what X said
// before, in the post X holds, not a post held before.
func (a *analysis) r15bSaidAfterPost(k int) bool {
	ts := a.toks
	if k < len(ts) && isSeparator(ts[k].text) {
		k++
	}
	return speechVerbAfter(ts, k) || k < len(ts) && r15bSaidBeforeVerbs[ts[k].key]
}

// r15bSaidBeforeVerbs are the participles of speech in a past perfect:
// «گفته بود»، «عنوان کرده بود».
var r15bSaidBeforeVerbs = keySet("گفته", "عنوان", "افزوده")
