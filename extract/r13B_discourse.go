package extract

import "strings"

// openerWords start a short connective that may open a sentence before its
// subject: «در ادامه،»، «سپس،»، «همچنین،»، «در پایان این آیین،».
var openerWords = keySet("در", "سپس", "همچنین", "پس", "آنگاه", "بعد")

// maxOpenerTokens bounds the words of such a connective before its comma.
const maxOpenerTokens = 4

// afterOpener reports a token k right after a short connective that opens
// its sentence and ends in a comma («در ادامه، R BODY گزارشی ارائه
// کرد»): the post after it is the sentence's subject as much as one that
// opens it. A connective that names a person or a post is no mere opener.
func (a *analysis) afterOpener(k int) bool {
	ts := a.toks
	if k < 2 || ts[k-1].text != "،" && ts[k-1].text != "," {
		return false
	}
	lo, _ := a.sentRange(ts[k].sent)
	if k-1-lo > maxOpenerTokens || k-1 <= lo || !openerWords[ts[lo].key] {
		return false
	}
	for j := lo; j < k-1; j++ {
		if ts[j].punct || a.personCover[j] || roleWordsAt(ts, j) > 0 || isVerbLike(ts[j].key) {
			return false
		}
	}
	return true
}

// seatOfRole reads «سمت R BODY» at k, the seat of a post written before
// the post itself («که سمت مدیرعامل سازمان X را بر عهده دارد»): the post
// and its body, as if the post noun stood alone.
func (a *analysis) seatOfRole(k int) (roleRef, bool) {
	ts := a.toks
	if k+1 >= len(ts) || ts[k].key != keyPost || ts[k+1].sent != ts[k].sent {
		return roleRef{}, false
	}
	r, ok := a.roleAt(k + 1)
	if !ok || r.org == "" || r.former {
		return roleRef{}, false
	}
	r.start = k
	return r, true
}

// joinNameWords joins the words of a body's name as written, with no space
// inside its brackets («امام خمینی (ره)»).
func joinNameWords(words []string) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 && w != ")" && w != "»" && words[i-1] != "(" && words[i-1] != "«" {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// holyTitles are the titles written before the names of the Prophet's
// house («امام علی (ع)»، «حضرت زهرا (س)»).
var holyTitles = keySet("امام", "حضرت", "امامزاده")

// holyTitleAt returns the token of the holy title opening p's name or
// standing right before it in the same sentence, or -1.
func (a *analysis) holyTitleAt(p personMention) int {
	ts := a.toks
	t := p.start
	if holyTitles[ts[t].key] {
		return t
	}
	if t--; t < 0 || !holyTitles[ts[t].key] || ts[t].sent != ts[p.start].sent {
		return -1
	}
	return t
}

// holyTitleBefore reports a holy title opening p's name, or right before
// it, inside a body's name: «بیمارستان‌های امام علی (ع) و X» names the
// hospitals, where «حدیثی از امام علی (ع)» quotes one.
func (a *analysis) holyTitleBefore(p personMention) bool {
	ts := a.toks
	t := a.holyTitleAt(p)
	if t < 0 {
		return false
	}
	if t == 0 || ts[t-1].sent != ts[t].sent {
		return false
	}
	head := strings.TrimSuffix(strings.TrimSuffix(ts[t-1].text, "های"), "\u200c")
	if head != ts[t-1].text && headNouns.has(persianKey(head)) {
		return true // «بیمارستان‌های امام علی (ع)»
	}
	for b := max(0, t-3); b < t; b++ {
		n, _ := headNouns.at(ts, b)
		if n == 0 && (headedVenues[ts[b].key] || namesakeVenues.has(ts[b].key)) {
			n = 1
		}
		// «مسجد امام حسین (ع)»، «مدرسه علمیه امام صادق (ع)»: the head, or
		// the head and one plain word.
		if n > 0 && ts[b].sent == ts[t].sent && (b+n == t || b+n == t-1 && !ts[t-1].punct && !stopWords.has(ts[t-1].key)) {
			return true
		}
	}
	return false
}

// writtenZoneBody returns «منطقه N شهرداری X» as the report writes it,
// the zone of a city's municipality named zone first, or "" when the
// report never writes it so (then the zone is «شهرداری منطقه N X»).
func (a *analysis) writtenZoneBody(number, city string) string {
	ts := a.toks
	for k := 0; k+3 < len(ts); k++ {
		if ts[k].key != keyZone || ts[k+1].key != persianKey(number) || ts[k+2].key != keyMunicipal {
			continue
		}
		if city != "" && ts[k+3].key != persianKey(city) || ts[k+3].punct {
			continue
		}
		return a.text(k, k+4)
	}
	return ""
}

// respectivelyBefore reports «به ترتیب» right before token k, with at most
// a comma between: the posts after it are the names' before it, one each
// («الف و ب، به ترتیب رئیس و دبیر هیئت X، ج ...»), not the next name's.
func (a *analysis) respectivelyBefore(k int) bool {
	ts := a.toks
	j := k - 1
	if j >= 0 && (ts[j].text == "،" || ts[j].text == ",") {
		j--
	}
	return j >= 1 && ts[j].key == keyOrder && ts[j-1].key == keyTo && ts[j].sent == ts[k].sent
}

// inThisEventAt reports «در این/همین EVENT» at k, right after a name
// that opens its sentence: «R BODY از X بازدید کرد. دکتر Y در این بازدید
// ... را بررسی کرد» names the one who did what the sentence before told.
func (a *analysis) inThisEventAt(k int) bool {
	ts := a.toks
	return k+2 < len(ts) && ts[k].key == keyIn && isDeterminer(ts[k+1].key) && eventWords.has(ts[k+2].key) && ts[k+2].sent == ts[k].sent
}

var keyPrevention = persianKey("پیشگیری")

// asTitleOrWithPostAt is asTitleAt, and also reads «با سمت» at k: «X با
// سمت مدیرکل Y در این نشست حضور داشت» tells the post X holds. It returns
// the first token of the post, or -1.
func (a *analysis) asTitleOrWithPostAt(k int) int {
	ts := a.toks
	if k+2 < len(ts) && ts[k].key == keyWith && ts[k+1].key == keyPost && ts[k+2].sent == ts[k].sent {
		return k + 2
	}
	return asTitleAt(ts, k)
}

// holyTitleOpens reports a holy title opening p's name or right before
// it, after a body's head and a few plain words or a number that describe
// the body («بیمارستان ۱۶۰ تختخوابی امام رضا (ع)»): the holy name names
// the body (dropNamesakes checks «(ع)» after it), where «حدیثی از امام
// علی (ع)» quotes him.
func (a *analysis) holyTitleOpens(p personMention) bool {
	ts := a.toks
	t := a.holyTitleAt(p)
	if t < 0 {
		return false
	}
	for b := max(0, t-4); b < t-1; b++ {
		if n, _ := headNouns.at(ts, b); n > 0 && b+n < t && ts[b].sent == ts[t].sent && a.plainRun(b+n, t) {
			return true
		}
	}
	return false
}

// afterSaidByOpening reports «به گفته» opening the sentence right before
// token k: «به گفته R BODY، ... . X همچنین گفت» tells the post's words,
// as a post that opens the sentence does.
func (a *analysis) afterSaidByOpening(k int) bool {
	ts := a.toks
	if k < 2 || ts[k-1].key != keySaid || ts[k-2].key != keyTo || ts[k-1].sent != ts[k].sent {
		return false
	}
	return k == 2 || ts[k-3].sent != ts[k].sent
}

// reportNouns are the nouns of a compound verb of telling or showing
// («ارائه کرد»، «تشریح کرد»): one who goes on telling what the report's
// post holder came to tell.
var reportNouns = keySet("ارائه", "تشریح", "تبیین")

// otherThisBodyName reports «این HEAD» at k naming a body of another head
// than the body named name: «رئیس هیئت امنای این امامزاده» is of no
// university the report is about.
func (a *analysis) otherThisBodyName(k int, name string) bool {
	ts := a.toks
	if k+1 >= len(ts) || !isDeterminer(ts[k].key) || ts[k+1].sent != ts[k].sent || ts[k+1].punct {
		return false
	}
	return ts[k+1].key != firstWordKey(name)
}
