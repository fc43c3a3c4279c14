package extract

// Events told in a photo report's caption list (round 26, tuner D).

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
