package extract

import (
	"strings"

	"github.com/peyvand/peyvand/persian"
)

// Round 24, tuner D: the article's date from datelines typed in other
// ways, and the days of events told together.

// r24dMaxClockLineWords bounds the words of a dateline that tells its
// time of day in words: «سه‌شنبه ۱۱ آذر ۱۴۰۵ ساعت ۱۰ و ۴۵ دقیقه و ۲۰ ثانیه».
const r24dMaxClockLineWords = 14

// r24dSpokenClock reports a short line, no sentence, that tells a time
// of day in words, «ساعت» and a number: «دوشنبه ۱۰ آذر ۱۴۰۵ ساعت ۹ و ۱۵
// دقیقه»، «۱۴۰۵/۰۹/۱۰، ساعت ۱۸».
func r24dSpokenClock(s string) bool {
	if wordCount(s) > r24dMaxClockLineWords || endsSentence(s) && !strings.HasSuffix(strings.TrimSpace(s), ")") {
		return false
	}
	w := persian.Words(s)
	for i := 0; i+1 < len(w); i++ {
		if persian.Squash(w[i]) == r24dKeyHour && w[i+1] != "" && isASCIIOrPersianDigit([]rune(w[i+1])[0]) {
			return true
		}
	}
	return false
}

var r24dKeyHour = persian.Squash("ساعت")

// r24dSpacedNumericDate is the first full date of s written in digits
// with spaces around its slashes, «۱۴۰۵ / ۰۹ / ۱۰»، «1405 /9/ 10», read
// with the spaces left out; else nil. Only the date's value is read: its
// offsets are not those of s.
func r24dSpacedNumericDate(s string) *persian.DateMatch {
	if !strings.Contains(s, "/") {
		return nil
	}
	rs := []rune(s)
	var b strings.Builder
	changed := false
	for i := 0; i < len(rs); i++ {
		if rs[i] == ' ' && r24dSpaceBySlash(rs, i) {
			changed = true
			continue
		}
		b.WriteRune(rs[i])
	}
	if !changed {
		return nil
	}
	if d := fullDate(b.String()); d != nil {
		return d
	}
	// «۱۱ / آذر / ۱۴۰۵»: the slashes part a day, a month's name and a
	// year.
	return fullDate(strings.ReplaceAll(s, "/", " "))
}

// r24dSpaceBySlash reports a run of spaces at i that stands between a
// digit and a slash, or a slash and a digit.
func r24dSpaceBySlash(rs []rune, i int) bool {
	j := i
	for j > 0 && rs[j-1] == ' ' {
		j--
	}
	k := i
	for k < len(rs) && rs[k] == ' ' {
		k++
	}
	if j == 0 || k == len(rs) {
		return false
	}
	l, r := rs[j-1], rs[k]
	return l == '/' && isASCIIOrPersianDigit(r) || isASCIIOrPersianDigit(l) && r == '/'
}

// r24dDayMark is a day a sentence names, tokens at to end, on date iso.
type r24dDayMark struct {
	at, end int
	d       *persian.DateMatch
}

// r24dDayMarks returns the days named outside speech among tokens i0 to
// k of sentence s, which ends at i1: full dates, days named from the
// article's («امروز»، «صبح دیروز»، «روز گذشته») and weekdays alone
// («روز دوشنبه»), the next such day when the sentence tells of one to
// come, else the last.
func (a *analysis) r24dDayMarks(s, i0, k, i1 int) []r24dDayMark {
	ts := a.toks
	quoted := a.quotedTokens()
	ds := a.datesIn(s)
	var out []r24dDayMark
	for j := i0; j < k; j++ {
		if quoted[j] || ts[j].punct {
			continue
		}
		full := false
		for n := range ds {
			d := &ds[n]
			at := a.tokenAtOffset(i0, i1, d.Start)
			if d.Precision != persian.PrecisionDay || at < j {
				continue
			}
			_, wn, wok := weekdayAt(ts, j)
			if at == j || wok && at == j+wn {
				end := a.tokenAtOffset(i0, i1, d.End-1) + 1
				out = append(out, r24dDayMark{at: j, end: end, d: d})
				j, full = end-1, true
				break
			}
		}
		if full || a.published.IsZero() {
			continue
		}
		if days, n, ok := relativeDayAt(ts, j); ok {
			end := j + n
			for end < k && (ts[end].text == "(" || ts[end].text == ")") {
				end++
			}
			if _, m, ok := weekdayAt(ts, end); ok {
				end += m // «امروز (دوشنبه)»
			}
			out = append(out, r24dDayMark{at: j, end: end, d: dayMatch(a.published.AddDate(0, 0, days), a.text(j, end))})
			j = end - 1
			continue
		}
		if wd, n, ok := weekdayAt(ts, j); ok {
			if j+n < i1 && (nextWords[ts[j+n].key] || pastWords[ts[j+n].key]) {
				continue // «شنبه آینده»: left to relativeDayIn
			}
			if _, _, ok := weekAt(ts, j+n, i1); ok {
				continue // «دوشنبه هفته گذشته»: left to relativeDayIn
			}
			day := lastWeekday(a.published, wd)
			if a.tellsOfComing(i0, i1) {
				day = nextWeekday(a.published, wd)
			}
			out = append(out, r24dDayMark{at: j, end: j + n, d: dayMatch(day, a.text(j, j+n))})
			j += n - 1
		}
	}
	return out
}

// r24dSplitKinds are the kinds of event one verb may tell twice, on two
// days: visits and meetings.
var r24dSplitKinds = map[string]bool{"visit": true, "inspection": true, "meeting": true}

// r24dSecondDayOf returns, for sentence s, the kind of event its last
// event word tells with a light verb after it («... بازدید کرد»، «...
// دیدار کرد») and the two days it tells that event on, each day with its
// own object after «از» or «با»: «X روز دوشنبه از الف و روز سه‌شنبه از ب
// بازدید کرد»، «X صبح دیروز با الف و امروز با ب دیدار کرد», the first
// day's clause with a verb of its own too («X که روز دوشنبه از الف بازدید
// کرده بود، امروز از ب بازدید کرد»). Else "".
func (a *analysis) r24dSecondDayOf(s int) (typ string, d1, d2 *persian.DateMatch, k int) {
	ts := a.toks
	i0, i1 := a.sentRange(s)
	k = -1
	for j := i0; j+1 < i1; j++ {
		if t := eventWordAt(ts, j); t != "" && j+eventWordLen(ts, j) < i1 && (isLightVerb(ts[j+eventWordLen(ts, j)].key) || r24dSpacedPresent(ts, j+eventWordLen(ts, j), i1)) {
			k, typ = j, complementType(ts, j, t)
		}
	}
	if k < 0 || !r24dSplitKinds[typ] || a.quotedTokens()[k] {
		return "", nil, nil, -1
	}
	ms := a.r24dDayMarks(s, i0, k, i1)
	if len(ms) != 2 || ms[0].d.ISO == ms[1].d.ISO {
		return "", nil, nil, -1
	}
	and, obj1, obj2, verb1 := false, false, false, false
	for j := ms[0].end; j < ms[1].at; j++ {
		switch {
		case ts[j].key == keyFrom || ts[j].key == keyWith:
			obj1 = obj1 || !and
		case ts[j].key == keyAnd:
			and = obj1
		case eventWordAt(ts, j) != "" && complementType(ts, j, eventWordAt(ts, j)) != typ:
			return "", nil, nil, -1
		case eventWordAt(ts, j) != "" && j+eventWordLen(ts, j) < ms[1].at && isLightVerb(ts[j+eventWordLen(ts, j)].key):
			// «X که روز دوشنبه از الف بازدید کرده بود، امروز از ب
			// بازدید کرد»: the first day's clause has its own verb.
			verb1 = obj1
		}
	}
	and = and || verb1
	for j := ms[1].end; j < k; j++ {
		if ts[j].key == keyFrom || ts[j].key == keyWith {
			obj2 = true
		}
	}
	if !and || !obj1 || !obj2 {
		return "", nil, nil, -1
	}
	return typ, ms[0].d, ms[1].d, k
}

// ruleR24dSecondDay names, for --explain, the rule of r24dTwoDaysOneVerb.
const ruleR24dSecondDay = "the second day of one verb's two («روز دوشنبه از الف و روز سه‌شنبه از ب بازدید کرد»)"

// r24dTwoDaysOneVerb adds, for a sentence that tells one kind of event on
// two days (r24dSecondDayOf), the event of the day no event of its kind
// has, when one of its kind has the other: one verb telling two visits.
// The new event has the persons of the event it copies, named in that
// sentence when the copied event is the article's main one.
func (a *analysis) r24dTwoDaysOneVerb() {
	n := len(a.events)
	for s := range a.sents {
		typ, d1, d2, k := a.r24dSecondDayOf(s)
		if typ == "" {
			continue
		}
		var had *eventMention
		has := map[string]bool{}
		for x := 0; x < len(a.events); x++ {
			e := &a.events[x]
			if e.typ != typ && !(typ == "visit" && e.typ == "inspection") || e.date == nil {
				continue
			}
			has[e.date.ISO] = true
			if had == nil && (e.sent == s || e.main) && (e.date.ISO == d1.ISO || e.date.ISO == d2.ISO) {
				had = e
			}
		}
		if had == nil || has[d1.ISO] && has[d2.ISO] || len(a.events) >= n+maxBodyEvents {
			continue
		}
		day := d2
		if had.date.ISO == d2.ISO {
			day = d1
		}
		e := *had
		e.main, e.headline, e.listed, e.coming, e.sources = false, false, false, 0, nil
		e.trigger, e.sent, e.rule = k, s, ruleR24dSecondDay
		e.scope, e.exclude = map[int]bool{s: true}, nil
		if had.scope != nil {
			for x := range had.scope {
				e.scope[x] = true
			}
		}
		e.holders, e.holdersFound, e.chairs = nil, false, nil
		e.setDate(day, ruleR24dSecondDay)
		a.events = append(a.events, e)
	}
}

// r24dSquashedCues are the dateline cues of datelineCues whose words may
// be typed with spaces for the non-joiner or none between them, keyed
// with neither: «به روز رسانی»، «به‌روز رسانی»، «منتشر شده».
var r24dSquashedCues = []string{persian.Squash("به‌روزرسانی"), persian.Squash("تاریخ انتشار"), persian.Squash("زمان انتشار"),
	persian.Squash("منتشر شده"), persian.Squash("تاریخ خبر"), persian.Squash("تاریخ ارسال")}

// r24dMaxCueRunes bounds the line r24dSquashedCue keys: a dateline, no
// paragraph.
const r24dMaxCueRunes = 160

// r24dSquashedCue reports a dateline's cue in a short line s typed with
// other spaces than datelineCues: «آخرین به روز رسانی: ...».
func r24dSquashedCue(s string) bool {
	if len(s) > r24dMaxCueRunes*2 {
		return false
	}
	k := persian.Squash(s)
	for _, c := range r24dSquashedCues {
		if strings.Contains(k, c) {
			return true
		}
	}
	return false
}

// r24dBareDateline reports a line at an article's foot that is a
// dateline with no cue: a full date, with at most its weekday and a time
// of day beside it («سه‌شنبه ۱۱ آذر ۱۴۰۵»، «۱۴۰۵/۰۹/۱۱ - ۱۲:۳۰»), printed
// under the report.
func r24dBareDateline(l string) bool {
	return !endsSentence(l) && wordCount(l) <= maxBareDatelineWords && isDatelineLine(l)
}
