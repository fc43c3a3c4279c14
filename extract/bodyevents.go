package extract

// Events reported in the body of an article, after its title and lead:
// any sentence with an event noun and a verb that says the event was held
// or done («آیین گشایش نمایشگاه ... برگزار شد»، «از کارخانه بازدید
// کرد»، «مورد بازدید قرار گرفت»). Each gives an event of its own when the
// article has none of that kind yet; its participants are the persons of
// its sentence and of the sentences after it up to the next event's, and
// the main event leaves those sentences out.

// maxBodyEvents bounds the events read from one article's body.
const maxBodyEvents = 6

// completionVerbs say an event was held, done or opened.
var completionVerbs = keySet("برگزار", "برگزارشد", "تشکیل", "بازدید", "افتتاح", "گشایش", "برپا", "امضا", "آغاز", "انجام",
	"بهرهبرداری", "رونمایی")

// ceremonyComplements are the event kinds a «مراسم/آیین» may be of:
// «مراسم بهره‌برداری» is an opening, «آیین گشایش نمایشگاه» an exhibition.
var ceremonyComplements = map[string]bool{"opening": true, "exhibition": true, "workshop": true, "visit": true}

// findBodyEvents adds the events of the body's sentences.
func (a *analysis) findBodyEvents() {
	ts := a.toks
	if len(a.events) == 0 || len(a.events) > 1 && a.events[len(a.events)-1].listed {
		return // no main event, or a list of events already
	}
	main := &a.events[0]
	have := map[string]bool{}
	for _, e := range a.events {
		have[e.typ] = true
	}
	// The title and lead belong to the main event too: an event found
	// there shares them and takes no later sentences.
	lead := 1
	if a.art.Title != "" && len(a.art.Lines) > 1 && a.art.Lines[0] == a.art.Title {
		lead = 2
	}
	var found []eventMention
	for s := main.sent + 1; s < len(a.sents) && len(found) < maxBodyEvents; s++ {
		i0, i1 := a.sentRange(s)
		trigger, typ := -1, ""
		for i := i0; i < i1; i++ {
			if a.orgCover[i] && !headNouns.has(ts[i].key) {
				continue
			}
			if t := eventWordAt(ts, i); t != "" {
				trigger, typ = i, t
				break
			}
		}
		if trigger < 0 || !a.completedAfter(trigger, i1) {
			continue
		}
		typ = complementType(ts, trigger, typ)
		if have[typ] {
			continue
		}
		have[typ] = true
		e := eventMention{typ: typ, trigger: trigger, sent: s, scope: map[int]bool{s: true}}
		e.title = a.eventTitle(trigger)
		found = append(found, e)
	}
	if len(found) == 0 {
		return
	}
	// Each body event holds its sentence and the next ones up to the next
	// event's sentence; the main event keeps the rest.
	if main.exclude == nil {
		main.exclude = map[int]bool{}
	}
	for n := range found {
		e := &found[n]
		end := len(a.sents)
		if n+1 < len(found) {
			end = found[n+1].sent
		}
		for s := e.sent; s < end && e.sent >= lead; s++ {
			if s > e.sent && a.sentenceNamesEvent(s, main) {
				break
			}
			e.scope[s] = true
			main.exclude[s] = true
		}
		a.dateSecondEvent(e)
		if e.date == nil && main.date != nil {
			e.date, e.dateText = main.date, main.dateText
		}
		a.events = append(a.events, *e)
	}
}

// completedAfter reports a verb of completion after the event word at k
// in its sentence (ending at i1), or the passive «مورد بازدید قرار گرفت».
func (a *analysis) completedAfter(k, i1 int) bool {
	ts := a.toks
	for j := k + eventWordLen(ts, k); j < i1; j++ {
		if completionVerbs[ts[j].key] {
			return true
		}
	}
	return false
}

// complementType is the type of the event «مراسم/آیین X» or «افتتاح X»
// is of, when X is an event word of a more telling kind.
func complementType(ts []token, k int, typ string) string {
	next := eventWordAt(ts, k+eventWordLen(ts, k))
	switch {
	case typ == "ceremony" && ceremonyComplements[next]:
		typ = next
		k += eventWordLen(ts, k)
		if typ == "opening" {
			if t := eventWordAt(ts, k+eventWordLen(ts, k)); t != "" && t != "opening" {
				typ = t
			}
		}
	case typ == "opening" && next != "" && next != "opening":
		typ = next
	}
	return typ
}
