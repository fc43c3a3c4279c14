package extract

// A decree may appoint several holders at once, the verb in the plural and
// the posts listed after it:
//
//	«با حکم شهردار، مدیران مناطق ۲، ۵ و ۹ منصوب شدند: الف مدیر منطقه ۲،
//	ب مدیر منطقه ۵ و ج مدیر منطقه ۹»
//
// Each listed «PERSON (،) ROLE BODY» or «ROLE BODY: PERSON» is one
// appointment, and the numbered bodies stay apart.

// pluralBecome are the plural forms of the verbs that close an
// appointment: «منصوب شدند»، «معرفی گردیدند»، «منصوب شده‌اند».
var pluralBecome = keySet("شدند", "گردیدند", "شده‌اند", "شدهاند")

// maxListSentences bounds the sentences after a plural appointment verb
// read as its list (one a line in many reports).
const maxListSentences = 12

// listAppointments adds one appointment for each post listed after a
// plural verb of appointment.
func (a *analysis) listAppointments() {
	ts := a.toks
	for i := 0; i+1 < len(ts); i++ {
		if !introWords[ts[i].key] || !pluralBecome[ts[i+1].key] || ts[i+1].sent != ts[i].sent {
			continue
		}
		how := howAppointment
		if a.sentenceHas(ts[i].sent, keyDecree) {
			how = howDecree
		}
		from := i + 2
		last := ts[i].sent + maxListSentences
		for s := ts[i].sent; s <= last && s < len(a.sents); s++ {
			lo, hi := a.sentRange(s)
			if lo < from {
				lo = from
			}
			if n := a.listItems(lo, hi, how); n == 0 && s > ts[i].sent {
				break // the list has ended
			}
		}
	}
}

// listItems adds the appointments listed in tokens lo..hi and returns how
// many items it read.
func (a *analysis) listItems(lo, hi int, how string) int {
	ts := a.toks
	n := 0
	for k := lo; k < hi; k++ {
		if p := a.personStartingAt(k); p != nil {
			j := p.end
			for j < hi && (isSeparator(ts[j].text) || ts[j].text == ":") {
				j++
			}
			if t := asTitleAt(ts, j); t > 0 {
				j = t
			}
			if r, ok := a.roleAt(j); ok && r.org != "" && !r.former {
				a.addClauseApp(appMention{person: p, role: r, sent: ts[k].sent, how: how, rule: "listed-after-plural-verb"})
				n++
				k = r.next - 1
				continue
			}
			k = p.end - 1
			continue
		}
		// «مدیر منطقه ۲: الف»: the post first, the holder after a colon.
		if r, ok := a.roleAt(k); ok && r.next > k {
			j := r.next
			for j < hi && (ts[j].text == ":" || ts[j].text == "-") {
				j++
			}
			if j > r.next {
				if p := a.personStartingAt(j); p != nil && r.org != "" && !r.former {
					a.addClauseApp(appMention{person: p, role: r, sent: ts[k].sent, how: how, rule: "listed-after-plural-verb"})
					n++
					k = p.end - 1
					continue
				}
			}
			k = r.next - 1
		}
	}
	return n
}

// isSeparator reports the marks that set an apposition off: «،» «,» «؛».
func isSeparator(s string) bool { return s == "،" || s == "," || s == "؛" || s == "-" }
