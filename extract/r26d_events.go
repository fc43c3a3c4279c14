package extract

import "strings"

// Events of photo reports, quoted messages and signed statements (round
// 26, tuner D).

// r26dLineAt returns the line of the article's text that holds rune
// offset p, and the offset where that line starts.
func (a *analysis) r26dLineAt(p int) (string, int) {
	s := p
	for s > 0 && a.runes[s-1] != '\n' {
		s--
	}
	e := p
	for e < len(a.runes) && a.runes[e] != '\n' {
		e++
	}
	return string(a.runes[s:e]), s
}

// r26dMarkPhotoItem notes line i, just added to cur, when it is an item
// of a photo list (r25aPhotoListItem).
func r26dMarkPhotoItem(cur *Article, lines []segLine, i int) {
	if !r25aPhotoListItem(lines, i) {
		return
	}
	if cur.photoItems == nil {
		cur.photoItems = map[string]bool{}
	}
	cur.photoItems[lines[i].text] = true
}

// r26dInPhotoCaption reports token i as standing in an item of a list of
// who is in a report's pictures, under a line that names them and ends
// with a colon («در تصاویر:»، «در این تصویر:»): in «- X، R BODY، در
// گفت‌وگو با بازدیدکنندگان» the caption tells a moment of the report's own
// event, not an event of its own.
func (a *analysis) r26dInPhotoCaption(i int) bool {
	if i < 0 || i >= len(a.toks) || len(a.art.photoItems) == 0 {
		return false
	}
	line, _ := a.r26dLineAt(a.toks[i].start)
	return a.art.photoItems[line]
}

// keyStartWork is «آغاز» of «آغاز به کار».
var keyStartWork = persianKey("آغاز")

// r26dPostStartsWork reports the event word of n tokens at i as «آغاز به
// کار» followed by a post («آغاز به کار مدیرکل جدید ...»، «آغاز به کار
// سرپرست ...»): a person takes up the post; nothing is opened.
func r26dPostStartsWork(ts []token, i, n int) bool {
	if n != 3 || ts[i].key != keyStartWork || i+n >= len(ts) {
		return false
	}
	m, _ := roleWords.at(ts, i+n)
	return m > 0
}

// r26dQuotedAfterColon reports line i as opening a quotation («««) just
// under a line that ends with a colon («متن پیام به این شرح است:»): the
// text of a message or statement the report quotes, whose first line (an
// address «سرکار خانم ...») is no headline.
func r26dQuotedAfterColon(lines []segLine, i int) bool {
	if i == 0 || lines[i].published != "" {
		return false
	}
	t := strings.TrimSpace(lines[i].text)
	if !strings.HasPrefix(t, "«") && !strings.HasPrefix(t, "\"") {
		return false
	}
	return strings.HasSuffix(strings.TrimSpace(lines[i-1].text), ":")
}

// Rules of a signed statement's participation, named for --explain.
const (
	partR26dSigner   = "the signer of the statement or message"
	noPartR26dSigned = "named in a signed statement or message, not its signer"
)

// r26dHasSigner reports the article signed under a message or statement
// (r25bSignatures): «کیوان سپیدرود / مدیرکل ورزش و جوانان استان فارس».
func (a *analysis) r26dHasSigner() bool {
	for i := range a.affs {
		if a.affs[i].rule == "signature" {
			return true
		}
	}
	return false
}

// r26dSignerOf tells whether p signed the article's statement: a signed
// message or notice is the signer's alone; the persons it addresses,
// thanks or tells of take no part in it.
func (a *analysis) r26dSignerOf(p *personMention) (bool, string) {
	for i := range a.affs {
		if a.affs[i].rule == "signature" && samePerson(a.affs[i].person, p) {
			return true, partR26dSigner
		}
	}
	return false, noPartR26dSigned
}
