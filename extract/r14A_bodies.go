package extract

// trusteeBoardWords are a board of trustees written as one word or two
// (هیئت‌امنای، هیئت امنای).
var trusteeBoardWords = keySet("هیئت‌امنای", "هیات‌امنای", "هیأت‌امنای", "هیئت‌امنا", "هیات‌امنا")

// trusteeBoardFirst and trusteeBoardSecond are the two words of the board
// written apart.
var (
	trusteeBoardFirst  = keySet("هیئت", "هیات", "هیأت")
	trusteeBoardSecond = keySet("امنای", "امنا")
)

// trusteeBoardBefore returns the number of tokens of «هیئت امنای» that
// end right before i, or 0.
func trusteeBoardBefore(ts []token, i int) int {
	if i >= 1 && trusteeBoardWords[ts[i-1].key] && ts[i-1].sent == ts[i].sent {
		return 1
	}
	if i >= 2 && trusteeBoardSecond[ts[i-1].key] && trusteeBoardFirst[ts[i-2].key] && ts[i-2].sent == ts[i].sent {
		return 2
	}
	return 0
}

// findTrusteeBoards lists the board of trustees of a religious place
// named with it as a body of its own: «هیئت امنای مسجد جامع الف» is the
// board that runs the mosque, which acts and has a head of its own
// («زمین را هیئت امنای مسجد ... در اختیار شهرداری گذاشت»). The board of
// a university or company is a part of that body (bodyParts), its posts
// the body's.
func (a *analysis) findTrusteeBoards() {
	ts := a.toks
	n := len(a.orgs)
	for k := 0; k < n; k++ {
		o := a.orgs[k]
		if o.start < 0 || o.end > len(ts) || o.start == 0 || ts[o.start].punct {
			continue
		}
		b := trusteeBoardBefore(ts, o.start)
		if b == 0 || !trusteedPlaces[ts[o.start].key] || a.orgAt(o.start-b) != nil {
			continue
		}
		if i := o.start - b; i > 0 && isDeterminer(ts[i-1].key) {
			continue // «این هیئت امنای ...» refers back
		}
		a.addOrg(o.start-b, o.end, a.text(o.start-b, o.start), o.place)
	}
}

// trusteedPlaces head the religious places a board of trustees runs
// (مسجد، امامزاده، حسینیه): the board's head and members hold posts of
// the board, the place having no others.
var trusteedPlaces = keySet("مسجد", "امامزاده", "بقعه", "حسینیه", "تکیه", "مصلی", "مصلای", "زیارتگاه", "آستان")

// programNouns head the name of a program, campaign, slogan or work,
// written in quotes after them (طرح «مسجد، کانون محله»، پویش «...»): a
// head noun inside the quotes names no body.
var programNouns = keySet("طرح", "برنامه", "پویش", "کمپین", "شعار", "پروژه", "کتاب", "فیلم", "مستند", "سریال", "نمایش", "پیوست")

// inQuotedProgram reports a head noun at i that opens the quoted name of
// a program: «طرح «مسجد، کانون محله» را اجرا می‌کند».
func inQuotedProgram(ts []token, i int) bool {
	for k := i - 1; k >= 1 && k >= i-maxQuotedProgram && ts[k].sent == ts[i].sent; k-- {
		if ts[k].punct && ts[k].text == "»" {
			return false
		}
		if ts[k].punct && ts[k].text == "«" {
			return programNouns[ts[k-1].key] && ts[k-1].sent == ts[i].sent
		}
	}
	return false
}

// maxQuotedProgram bounds the words of a program's quoted name.
const maxQuotedProgram = 8
