package extract

// r22bAfterColon reports a post told right after a colon: «شیراز - نامه
// پارس: مدیرکل BODY، الف ...». A name before a colon is a dateline's
// agency or a speaker whose words follow, not the holder of the post the
// words start with, so the post stays free for the name after it.
func r22bAfterColon(ts []token, s int) bool {
	return s > 0 && (ts[s-1].text == ":" || ts[s-1].text == "：")
}
