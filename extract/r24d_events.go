package extract

// Round 24, tuner D: which events a report tells.

// r24dPressWords open the name of those a talk is given to: reporters,
// the press, an agency, a paper or a public-relations office («در گفت و
// گو با روابط عمومی اداره کل الف»، «در گفت‌وگو با رسانه‌ها»).
var r24dPressWords = keySet("خبرنگار", "خبرنگاران", "خبرنگارمان", "خبرگزاری", "رسانه", "رسانه‌ها", "رسانه‌های", "اصحاب",
	"روزنامه", "هفته‌نامه", "نشریه", "ماهنامه", "رادیو", "صداوسیما", "سیما")

// r24dInterviewAt reports at k a talk given to the press, no meeting of
// its own, that r20CInterviewAt leaves: the talk typed in three words
// («گفت و گو»), or given to the press in other words than «خبرنگار»:
// «در گفت و گو با روابط عمومی ...»، «در گفتگو با خبرگزاری الف»، «در
// مصاحبه با ایرنا».
func (a *analysis) r24dInterviewAt(k, i1 int) bool {
	ts := a.toks
	n := eventWordLen(ts, k)
	if !r20CInterviewWords[ts[k].key] && !(n >= 2 && ts[k].key == keyToldVerb) {
		return false
	}
	j := k + n
	if j+1 >= i1 || ts[j].key != keyWith {
		return false
	}
	w := ts[j+1].key
	if r24dPressWords[w] || w == keyPR && j+2 < i1 && ts[j+2].key == keyGeneral {
		return true
	}
	m, _ := outlets.at(ts, j+1)
	return m > 0
}

// r24dSpacedPresent reports at j the present of a light verb typed with
// a space after its «می» («برگزار می شود»، «بازدید می کند»), as
// isPlanVerb reads «می‌شود»; isPlanVerb reads it at its second word too,
// before «و» («... برگزار می شود و ...»).
func r24dSpacedPresent(ts []token, j, i1 int) bool {
	return ts[j].key == keyPresentPrefix && j+1 < i1 && !ts[j+1].punct && ts[j+1].sent == ts[j].sent &&
		lightVerbs.has(keyPresentPrefix+ts[j+1].key)
}

// r24dDocumentNouns, before a memorandum's or contract's word, make it
// the document whose terms are told of, no signing: «مفاد تفاهم‌نامه»،
// «اجرای قرارداد»، «در چارچوب تفاهم‌نامه».
var r24dDocumentNouns = keySet("مفاد", "متن", "اجرای", "بندهای", "تحقق", "پیگیری", "چارچوب", "قالب", "طبق", "براساس", "تعهدات")

// r24dTermsOfDocument reports at i a memorandum or contract whose terms,
// not its signing, its sentence tells of («کارگروهی برای پیگیری مفاد
// تفاهم‌نامه تشکیل می‌شود»): no event of another time.
func r24dTermsOfDocument(ts []token, i0, i int) bool {
	return i > i0 && signingWords[ts[i].key] && r24dDocumentNouns[ts[i-1].key]
}
