package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/peyvand/peyvand/persian"
)

// An article's own date comes from a «date YYYY-MM-DD» marker or from an
// agency's dateline; the days a report names relative to it («امروز»،
// «دیروز»، «روز دوشنبه») are resolved from it.

// datelineCues are what agencies write before an article's date.
var datelineCues = []string{"تاریخ انتشار", "زمان انتشار", "کد خبر", "تاریخ خبر", "تاریخ ارسال", "انتشار:",
	"تاریخ:", "منتشر شده", "منتشرشده", "به‌روزرسانی", "بروزرسانی"}

// hasDatelineCue reports a dateline's cue in s.
func hasDatelineCue(s string) bool {
	for _, c := range datelineCues {
		if strings.Contains(s, c) {
			return true
		}
	}
	return r24dSquashedCue(s)
}

// maxDatelineLines is how many first lines of an article may hold its
// dateline; maxBareDatelineWords is how many words a line that is only a
// date («دوشنبه ۱۵ اردیبهشت ۱۴۰۴») may have.
const (
	maxDatelineLines     = 4
	maxBareDatelineWords = 6
	lastDatelineLines    = 2
)

// datelineDate reads an agency's dateline: among an article's first
// lines, one with a cue («کد خبر: ... تاریخ انتشار: ۱۴۰۳/۰۸/۲۸»), with a
// time of day («سه‌شنبه ۲۲ آبان ۱۴۰۳ - ۱۰:۲۰»، «۱۴۰۴/۰۲/۱۵ - ۱۰:۳۰») or
// that is only a date; else one of its last lines with a cue. Only a full
// date with its year counts, Solar Hijri or Gregorian.
func datelineDate(lines []string) *persian.DateMatch {
	for i, l := range lines {
		if i >= maxDatelineLines {
			break
		}
		if len(l) > 300 {
			continue // a paragraph, not a dateline
		}
		bare := wordCount(l) <= maxBareDatelineWords
		if !bare && !hasDatelineCue(l) && !hasClockTime(l) && !isSeparatedDateline(l) && !isCreditDateline(l) {
			if d := r17CLeadDateline(l); d != nil {
				return d // «الف‌آباد - ایرنا - ۱۲ آذر ۱۴۰۵ - ...»
			}
			continue
		}
		if d := fullDate(l); d != nil {
			return d
		}
	}
	for i := max(maxDatelineLines, len(lines)-lastDatelineLines); i < len(lines); i++ {
		if l := lines[i]; len(l) <= 300 && (hasDatelineCue(l) || r24dBareDateline(l)) {
			if d := fullDate(l); d != nil {
				return d
			}
		}
	}
	return nil
}

// articleDateline is an article's dateline date: its first lines' or
// last lines' (datelineDate), else one of the lines printed above its
// title, which Segment keeps after the body: a newspaper's masthead
// («سال نهم - شماره ۲۴۱۸ - سه‌شنبه ۲ دی ۱۴۰۴») or a dated kicker.
func articleDateline(art *Article) *persian.DateMatch {
	if d := datelineDate(art.Lines); d != nil {
		return d
	}
	for i := max(0, len(art.Lines)-art.Kicker); i < len(art.Lines); i++ {
		if l := art.Lines[i]; len(l) <= 300 && (wordCount(l) <= maxBareDatelineWords || hasDatelineCue(l) || hasClockTime(l) || isSeparatedDateline(l)) {
			if d := fullDate(l); d != nil {
				return d
			}
		}
	}
	return nil
}

// isCreditDateline reports a dateline that credits the outlet and its
// desk before a colon: «خبرگزاری الف، گروه استان‌ها: ۲۰ آبان ۱۴۰۴». Each
// part before the colon, parted by commas or dashes, names an outlet or
// a desk.
func isCreditDateline(l string) bool {
	head, _, ok := strings.Cut(l, ":")
	if !ok || wordCount(l) > maxSeparatedDatelineWords {
		return false
	}
	parts := strings.FieldsFunc(head, func(r rune) bool { return r == '،' || r == ',' || isHeaderSeparator(r) })
	for _, part := range parts {
		k := persian.Squash(part)
		w := persian.Words(part)
		desk := len(w) > 0 && len(w) <= maxServiceWords && deskWords[persian.Squash(w[0])]
		if !desk && !outlets.has(k) && !outlets.has(strings.TrimPrefix(k, keyAgency)) {
			return false
		}
	}
	return len(parts) > 0
}

// maxSeparatedDatelineWords is how many words a dateline set off by a
// dash or a bar may have: «بجنورد، ۱۸ آبان ۱۴۰۴ – خبرگزاری صدا و سیما».
const maxSeparatedDatelineWords = 12

// separatorBlanks blanks the separators of a dateline's parts, which are
// no words: «دوشنبه ۳ آذر ۱۴۰۴ | ۳ جمادی‌الثانی ۱۴۴۷ | ۱۶ صفحه».
var separatorBlanks = strings.NewReplacer("|", " ", "–", " ", "—", " ", " - ", " ")

// datelineSeparators set a dateline's place, date and agency apart.
var datelineSeparators = []string{" – ", " — ", " - ", "|"}

// isSeparatedDateline reports a short line, no sentence, whose parts a
// dash or a bar sets apart: «CITY، DATE – AGENCY»، «AGENCY | DATE».
func isSeparatedDateline(l string) bool {
	l = strings.TrimSpace(l)
	if wordCount(separatorBlanks.Replace(l)) > maxSeparatedDatelineWords || endsSentence(l) && !closedByName(l) {
		// «... | صفحه ۴ (اقتصاد)» ends with the page's section, no sentence
		return false
	}
	for _, sep := range datelineSeparators {
		if strings.Contains(l, sep) {
			return true
		}
	}
	return false
}

// publishedISO is the article's date, from its marker or its dateline,
// or "".
func (a *analysis) publishedISO() string {
	if a.published.IsZero() {
		return ""
	}
	return a.published.Format(time.DateOnly)
}

// inheritPublished gives an article without a date of its own the date
// of the last article before it in its file that has one: a page cut
// into several reports carries one dateline.
func inheritPublished(before []*analysis, a *analysis) {
	if !a.published.IsZero() {
		return
	}
	for k := len(before) - 1; k >= 0; k-- {
		if p := before[k].published; !p.IsZero() {
			a.published = p
			// The page's dateline, not a year the report names in passing
			// («از سال ۱۴۰۱»), is the year of its dates without one.
			a.year, _, _ = persian.ToSolarHijri(p)
			return
		}
	}
}

// maxTailRunes is how much text after a date may hold its weekday.
const maxTailRunes = 24

// textAfter returns at most maxTailRunes runes of s from rune offset end.
func textAfter(s string, end int) string {
	n := 0
	for i := range s {
		if n == end {
			s = s[i:]
			r := []rune(s)
			if len(r) > maxTailRunes {
				r = r[:maxTailRunes]
			}
			return string(r)
		}
		n++
	}
	return ""
}

// trailingWeekday reads a weekday just after a date: «(پنج‌شنبه)»،
// «، روز پنج‌شنبه».
func trailingWeekday(s string) (int, bool) {
	w := persian.Words(s)
	if len(w) > 0 && persianKey(w[0]) == keyDay {
		w = w[1:]
	}
	return leadingWeekday(strings.Join(w, " "))
}

// maxDaysAhead is how far after the article's date a date written
// without a year may fall before it is taken for the year before: a
// report of early Farvardin that tells of «۲۵ اسفند» means the Esfand
// just past.
const maxDaysAhead = 183

// settleYear settles the year of a date d found with the article's year;
// after is the text that follows it. A date written with a weekday before
// or just after it («۲۸ فروردین (پنج‌شنبه)») but no year takes the year, of the
// article's and the two before or after, on which that weekday falls; one
// without a weekday or year more than maxDaysAhead days after the
// article's date takes the year before. A weekday that does not fall on
// its date is reported in a warning.
func (a *analysis) settleYear(d *persian.DateMatch, after string) {
	if d.Precision != persian.PrecisionDay {
		return
	}
	yearless := a.year > 0 && len(persian.FindDates(d.Original, 0)) == 0
	redate := func(y int) bool {
		alt := persian.FindDates(d.Original, y)
		if len(alt) != 1 {
			return false
		}
		alt[0].Start, alt[0].End, alt[0].Original = d.Start, d.End, d.Original
		*d = alt[0]
		return true
	}
	wd, ok := leadingWeekday(d.Original)
	if !ok {
		wd, ok = trailingWeekday(after)
	}
	if !ok {
		if t, err := d.Time(); err == nil && yearless && !a.published.IsZero() && t.Sub(a.published) > maxDaysAhead*24*time.Hour {
			redate(a.year - 1)
		}
		return
	}
	fits := weekdayOf(d.ISO) == wd
	if !fits && yearless {
		for _, y := range []int{a.year, a.year + 1, a.year - 1, a.year + 2, a.year - 2} {
			if alt := persian.FindDates(d.Original, y); len(alt) == 1 && weekdayOf(alt[0].ISO) == wd {
				fits = redate(y)
				break
			}
		}
	}
	if !fits {
		a.warn(fmt.Sprintf("«%s»: the weekday does not fall on %s (%s); the date is kept as written",
			d.Original, d.SolarHijri, d.ISO))
	}
}

// fullDate is the first date of s that names a day with its year.
func fullDate(s string) *persian.DateMatch {
	for _, d := range persian.FindDates(s, 0) {
		if d.Precision == persian.PrecisionDay {
			return &d
		}
	}
	return r24dSpacedNumericDate(s)
}

// hasClockTime reports a time of day (۱۰:۳۰، 14:05) in s.
func hasClockTime(s string) bool {
	r := []rune(persian.Normalize(s))
	for i := 1; i+2 < len(r); i++ {
		if r[i] == ':' && isASCIIOrPersianDigit(r[i-1]) && isASCIIOrPersianDigit(r[i+1]) && isASCIIOrPersianDigit(r[i+2]) {
			return true
		}
	}
	return r24dSpokenClock(s)
}

func isASCIIOrPersianDigit(r rune) bool {
	return r >= '0' && r <= '9' || r >= '۰' && r <= '۹' || r >= '٠' && r <= '٩'
}

// relativeDays are the words that name a day by its distance in days
// from the article's date; relativeDayPairs the two-word forms.
var (
	relativeDays = map[string]int{persianKey("امروز"): 0, persianKey("امشب"): 0, persianKey("دیروز"): -1,
		persianKey("دیشب"): -1, persianKey("پریروز"): -2, persianKey("فردا"): 1, persianKey("پسفردا"): 2}
	relativeDayPairs = map[[2]string]int{
		{keyDay, keyPast}: -1, {persianKey("شب"), keyPast}: -1, {keyDay, persianKey("جاری")}: 0,
		{persianKey("شامگاه"), keyPast}:        -1, // «شامگاه گذشته»: last evening
		{persianKey("پس"), persianKey("فردا")}: 2,
	}
)

var (
	keyDay  = persianKey("روز")
	keyPast = persianKey("گذشته")
)

// pastWords after a weekday make it the last one before the article's
// day: «شنبه گذشته».
var pastWords = keySet("گذشته", "قبل")

// fridayWords are the words before «جمعه» that make it the Friday prayer
// (نماز جمعه، امام جمعه), not a day.
var fridayWords = keySet("نماز", "امام", "ائمه", "خطیب", "خطبه", "خطبههای")

// weekAt reads «هفته گذشته/قبل» (-1), «هفته جاری» (0) or «هفته
// آینده/بعد» (+1) at token j, before i1.
func weekAt(ts []token, j, i1 int) (weeks, n int, ok bool) {
	if j+1 >= i1 || ts[j].key != keyWeek {
		return 0, 0, false
	}
	switch ts[j+1].key {
	case keyPast, keyBefore:
		return -1, 2, true
	case keyComing, keyAfter:
		return 1, 2, true
	case keyCurrent:
		return 0, 2, true
	}
	return 0, 0, false
}

var (
	keyWeek    = persianKey("هفته")
	keyBefore  = persianKey("قبل")
	keyComing  = persianKey("آینده")
	keyAfter   = persianKey("بعد")
	keyCurrent = persianKey("جاری")
)

// relativeDayAt reads a relative day at token i: it returns the distance
// in days and how many tokens the words span.
func relativeDayAt(ts []token, i int) (days, n int, ok bool) {
	if i >= len(ts) || ts[i].punct {
		return 0, 0, false
	}
	if i+1 < len(ts) && ts[i+1].sent == ts[i].sent {
		if d, ok := relativeDayPairs[[2]string{ts[i].key, ts[i+1].key}]; ok {
			return d, 2, true
		}
	}
	if d, ok := relativeDays[ts[i].key]; ok {
		return d, 1, true
	}
	if n := countOfDays(ts, i); n > 0 {
		return -n, 3, true // «دو روز پیش»
	}
	return 0, 0, false
}

// maxDaysAgo bounds the days «N روز پیش/قبل» counts back.
const maxDaysAgo = 7

// countOfDays reads «N روز پیش/قبل» at token i, N from two to
// maxDaysAgo in digits or a word, not counting from another event («دو
// روز پیش از این آیین»، «دو روز پیش از برگزاری نمایشگاه»): the days
// before the article's; else 0. «دو روز پیش از بیمارستان الف بازدید کرد»
// counts from the article's.
func countOfDays(ts []token, i int) int {
	if i+2 >= len(ts) || ts[i+1].key != keyDay || !(ts[i+2].key == keyBefore || ts[i+2].key == keyPastOfDay) ||
		ts[i+2].sent != ts[i].sent || i+3 < len(ts) && (ts[i+3].key == keyAhead || ts[i+3].key == keyFromDate && fromEventAt(ts, i+4)) {
		return 0
	}
	n := 0
	if ts[i].digit {
		n, _ = strconv.Atoi(ts[i].text)
	} else {
		n = numberWordValue(ts[i].key)
	}
	if n < 2 || n > maxDaysAgo {
		return 0
	}
	return n
}

var (
	keyPastOfDay = persianKey("پیش")
	keyFromDate  = persianKey("از")
	keyAhead     = persianKey("رو") // «دو روز پیش رو»: the two days ahead
)

// weekdayAt reads a weekday name at token i (0 = شنبه), one or two
// tokens long; «جمعه» of the Friday prayer is none.
func weekdayAt(ts []token, i int) (wd, n int, ok bool) {
	n, _ = weekdayWords.at(ts, i)
	if n == 0 {
		return 0, 0, false
	}
	k := ts[i].key
	for j := i + 1; j < i+n; j++ {
		k += ts[j].key
	}
	wd, ok = weekdayIndex[k]
	if !ok || i > 0 && fridayWords[ts[i-1].key] {
		return 0, 0, false
	}
	return wd, n, true
}

// relativeDayIn returns the day sentence s names relative to the
// article's date, or nil: «امروز»، «صبح امروز (دوشنبه)»، «روز گذشته»،
// «فردا»، or a weekday alone («روز دوشنبه»، «عصر چهارشنبه»), which is the
// last such day on or before the article's date, or the next one on or
// after it when the sentence tells of an event to come. Reported speech
// is not read. A weekday stated
// with «امروز» that is not the article's weekday is taken as meant (a
// report written late in the evening is published the next day) and
// noted in a warning.
func (a *analysis) relativeDayIn(s int) *persian.DateMatch { return a.relativeDayFrom(s, 0) }

// relativeDayFrom is relativeDayIn read from token from on.
func (a *analysis) relativeDayFrom(s, from int) *persian.DateMatch {
	if a.published.IsZero() {
		return nil
	}
	ts := a.toks
	quoted := a.quotedTokens()
	i0, i1 := a.sentRange(s)
	for i := max(i0, from); i < i1; i++ {
		if wd, n, ok := weekdayAt(ts, i); ok && i+n < i1 && (nextWords[ts[i+n].key] || pastWords[ts[i+n].key]) {
			// «چهارشنبه آینده»، «شنبه گذشته»: that weekday after or
			// before the article's day, told in a speech too.
			day := lastWeekday(a.published.AddDate(0, 0, -1), wd)
			if nextWords[ts[i+n].key] {
				day = lastWeekday(a.published.AddDate(0, 0, 7), wd)
			}
			return dayMatch(day, a.text(i, i+n+1))
		}
		if wd, n, ok := weekdayAt(ts, i); ok && quoted[i] {
			if weeks, m, ok := weekAt(ts, i+n, i1); ok {
				// «پنجشنبه هفته جاری»، «شنبه هفته آینده»: a day of a
				// week, told in a speech too.
				start := lastWeekday(a.published, 0)
				return dayMatch(start.AddDate(0, 0, 7*weeks+wd), a.text(i, i+n+m))
			}
		}
		if quoted[i] && !r21cComingDayInSpeech(ts, i) && !r23dPastDayHeldInSpeech(ts, i, i1) {
			continue // «امروز» in a speech is mostly «nowadays»
		}
		if days, n, ok := relativeDayAt(ts, i); ok {
			if i+n < i1 && isDashToken(ts[i+n].text) && i > i0 && !ts[i-1].punct {
				continue // «الف‌آباد - نمونه فردا -»: an outlet's name in a dateline, not a day
			}
			if outletNameAt(ts, i0, i, i+n, i1) {
				continue // «به گزارش الف‌آباد امروز،»، «الف‌آباد- الف‌آباد امروز:»
			}
			if a.r17CEarlierClauseDay(i, i1) {
				continue // «... که روز گذشته منصوب شده بود، امروز ...»: the clause's day
			}
			day := a.published.AddDate(0, 0, days)
			end := i + n
			j := end
			for j < i1 && ts[j].punct && j-end < 2 {
				j++
			}
			if wd, m, ok := weekdayAt(ts, j); ok && j < i1 {
				end = j + m
				if end < i1 && ts[end].text == ")" {
					end++ // «امروز (سه‌شنبه)»
				}
				if weekdayOf(day.Format(time.DateOnly)) != wd {
					named := lastWeekday(day, wd)
					a.warn(fmt.Sprintf("«%s»: the weekday is not that of the article's date %s; taken as %s",
						a.text(i, end), day.Format(time.DateOnly), named.Format(time.DateOnly)))
					day = named
				}
			}
			return dayMatch(day, a.text(i, end))
		}
		if wd, n, ok := weekdayAt(ts, i); ok {
			if a.weekdayOfIssue(s, i, i1) {
				continue // «حکم او پنجشنبه ۱۳ آذر از سوی وزیر صادر شده بود»: the decree's day
			}
			if a.r17CWeekdayOfFullDate(s, i, i+n) {
				i += n - 1
				continue // «سه‌شنبه ۲۶ اسفند»: a full date, read as one
			}
			day := lastWeekday(a.published, wd)
			if a.tellsOfComing(i0, i1) {
				day = nextWeekday(a.published, wd)
			}
			// «دوشنبه هفته گذشته»، «شنبه هفته آینده»: that day of the
			// week before or after the article's (weeks start on شنبه).
			if weeks, m, ok := weekAt(ts, i+n, i1); ok {
				start := lastWeekday(a.published, 0)
				day = start.AddDate(0, 0, 7*weeks+wd)
				n += m
			}
			return dayMatch(day, a.text(i, i+n))
		}
	}
	return nil
}

// tellsOfComing reports a sentence, tokens i0 to i1, whose verb tells of
// an event still to come: «برگزار خواهد شد»، «برگزار می‌شود», or that
// schedules it («قرار است نشست بعدی ... برگزار شود»، «مقرر شد کارگاه ...
// تشکیل شود»).
func (a *analysis) tellsOfComing(i0, i1 int) bool {
	for j := i0; j < i1; j++ {
		if isPlanVerb(a.toks, j, i1) || schedulesAt(a.toks, j, i1) {
			return true
		}
	}
	return false
}

// schedulesAt reports «قرار/مقرر است/شد/بود» at j: what the sentence
// tells is set for a time to come («قرار است ... برگزار شود»), or was
// set and not told as done («قرار بود ... برگزار شود»). «قرار گرفت» and
// «قرار دارد» are other verbs.
func schedulesAt(ts []token, j, i1 int) bool {
	return j+1 < i1 && scheduleNouns[ts[j].key] && scheduleCopulas[ts[j+1].key]
}

var (
	scheduleNouns   = keySet("قرار", "مقرر")
	scheduleCopulas = keySet("است", "شد", "بود", "شده")
)

// warn records a doubt about the text once, however often the rules
// meet it.
func (a *analysis) warn(w string) {
	for _, x := range a.warnings {
		if x == w {
			return
		}
	}
	a.warnings = append(a.warnings, w)
}

// lastWeekday returns the latest day on or before t that falls on the
// Persian weekday wd (0 = شنبه).
func lastWeekday(t time.Time, wd int) time.Time {
	goWd := time.Weekday((wd + 6) % 7) // شنبه is Saturday
	for i := 0; i < 7; i++ {
		d := t.AddDate(0, 0, -i)
		if d.Weekday() == goWd {
			return d
		}
	}
	return t
}

// nextWeekday returns the earliest day on or after t that falls on the
// Persian weekday wd.
func nextWeekday(t time.Time, wd int) time.Time {
	return lastWeekday(t.AddDate(0, 0, 6), wd)
}

// dayMatch makes a day-precision date of t, written as text.
func dayMatch(t time.Time, text string) *persian.DateMatch {
	return &persian.DateMatch{
		Original:   text,
		ISO:        t.Format(time.DateOnly),
		SolarHijri: persian.SolarHijriOf(t),
		Precision:  persian.PrecisionDay,
	}
}

// Rules that date an event, named for --explain.
const (
	dateRuleOwn       = "full date in the event's sentence"
	dateRuleOwnRel    = "relative day in the event's sentence, from the article's date"
	dateRuleReport    = "first full date in a sentence reporting an event"
	dateRuleNear      = "relative day near the event's sentence, from the article's date"
	dateRuleNaming    = "relative day in the next sentence naming the event's kind, from the article's date"
	dateRuleScope     = "full date in the event's sentences"
	dateRuleMain      = "the article's main event's date"
	dateRuleClause    = "the day of the event's own clause, after a clause of another day"
	dateRuleListItem  = "full date in the listed item"
	dateRuleOccasion  = "the day of the occasion the sentence before tells («به همین مناسبت»)"
	dateRuleMargin    = "the day of the event it was held beside («در حاشیه ...»)"
	dateRuleAfter     = "the day of the event just told, which it came after («پس از این آیین»)"
	dateRulePublished = "the article's date, for a main event held on no day told"
	dateRuleTrip      = "the day of the first event held during the trip"
	dateRuleFromEvent = "days counted from another event's day («یک روز پیش از این آیین»، «فردای آن روز»)"
)

// setDate dates e by d under rule.
func (e *eventMention) setDate(d *persian.DateMatch, rule string) {
	e.date, e.dateText, e.dateRule = d, d.Original, rule
}

// dropRankOrdinals drops from ds, the dates found in text, a day and
// month that are the ordinal of a rank and a given name named for a month
// («سرهنگ دوم بهمن الف»، «ناخدا یکم آذر ب»، «ستوان سوم مهر ج»): the word
// before the date and the date's first word form a title.
//
// It drops too a date that names a place after a street's or a place's
// noun («بلوار ۲۲ بهمن»، «میدان ۱۵ خرداد»، «بیمارستان ۱۷ شهریور»).
func dropRankOrdinals(text string, ds []persian.DateMatch) []persian.DateMatch {
	out := ds[:0]
	for _, d := range ds {
		if !rankOrdinalAt(text, d) && !placeNamedAt(text, d) {
			out = append(out, d)
		}
	}
	return out
}

// rankOrdinalAt reports a date d of text whose first word ends a rank
// with the word before it.
func rankOrdinalAt(text string, d persian.DateMatch) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(d.Original), " ")
	if first == "" || d.Start <= 0 {
		return false
	}
	rs := []rune(text)
	if d.Start > len(rs) {
		return false
	}
	before := strings.Fields(string(rs[max(0, d.Start-maxRankRunes):d.Start]))
	if len(before) == 0 {
		return false
	}
	rank := before[len(before)-1] + " " + first
	return persian.IsTitle(rank) || extraTitles.has(persian.Squash(rank))
}

// maxRankRunes is how far before a date its rank's first word may start.
const maxRankRunes = 16

// clauseDay is the day the clause of event word k names, when an earlier
// clause of its sentence, ended by a past verb and «و», names a day of
// its own: «این حکم روز یکشنبه ۲ آذر صادر شد و آیین معارفه ... دیروز
// برگزار شد» dates the ceremony «دیروز», the decree the Sunday. Else nil.
func (a *analysis) clauseDay(k int) *persian.DateMatch {
	ts := a.toks
	s := ts[k].sent
	i0, _ := a.sentRange(s)
	c := -1
	for j := k - 1; j > i0; j-- {
		if ts[j].key == keyAnd && (pastVerbs[ts[j-1].key] || isPlanVerb(ts, j-1, j)) {
			c = j + 1
			break
		}
	}
	if c < 0 {
		return nil
	}
	earlier := false
	for _, d := range a.datesIn(s) {
		if d.Precision == persian.PrecisionDay && d.Start < ts[c].start {
			earlier = true
		}
	}
	if !earlier && !a.r23dEarlierRelativeDay(i0, c) {
		return nil
	}
	for n, d := range a.datesIn(s) {
		if d.Precision == persian.PrecisionDay && d.Start >= ts[c].start {
			return &a.datesIn(s)[n]
		}
	}
	return a.relativeDayFrom(s, c)
}

// pastVerbs end a clause told in the past: «صادر شد و ...», «صادر شده
// بود و ...», or in the perfect with its «است» left out before «و»:
// «صادر شده و ...».
var pastVerbs = keySet("شد", "شدند", "گردید", "گردیدند", "کرد", "کردند", "نمود", "نمودند", "شده", "گردیده", "کرده", "نموده",
	"بود", "بودند")

// outletNameAt reports a relative day, tokens i to end, that ends the name
// of an outlet cited by «به گزارش» or set after a dateline's dash: «به
// گزارش ملایر امروز، ...»، «ملایر- ملایر امروز: ...».
func outletNameAt(ts []token, i0, i, end, i1 int) bool {
	if i-2 < i0 || end >= i1 || ts[i-1].punct || !(ts[end].text == ":" || ts[end].text == "،" || ts[end].text == ",") {
		return false
	}
	return ts[i-2].key == keyReport || isDashToken(ts[i-2].text)
}

// fromEventAt reports, at token j after «از», an event or the start or
// end of one, or «این/آن» referring back: «پیش از این آیین»، «پیش از
// برگزاری همایش»، «پیش از آن».
func fromEventAt(ts []token, j int) bool {
	if j >= len(ts) {
		return false
	}
	k := ts[j].key
	return k == keyThis || k == keyThat || sameDayWords[k] || endWords[k] || eventWordAt(ts, j) != ""
}

// weekdayOfIssue reports a weekday at token i of sentence s that opens a
// full date on which something was issued («پنجشنبه ۱۳ آذر از سوی وزیر
// صادر شده بود»): the decree's day, not an event's.
func (a *analysis) weekdayOfIssue(s, i, i1 int) bool {
	ds := a.datesIn(s)
	for n := range ds {
		d := &ds[n]
		if d.Precision == persian.PrecisionDay && a.toks[i].start >= d.Start && a.toks[i].start < d.End {
			return a.issuedOn(d, i, i1)
		}
	}
	return false
}

// placeNamedAt reports a date d of text right after a noun of streets and
// places, which it names: «بلوار ۲۲ بهمن»، «خیابان ۱۵ خرداد».
func placeNamedAt(text string, d persian.DateMatch) bool {
	rs := []rune(text)
	if d.Start <= 0 || d.Start > len(rs) {
		return false
	}
	before := strings.Fields(string(rs[max(0, d.Start-maxPlaceRunes):d.Start]))
	n := len(before)
	if n > 0 && placeNouns[persian.Squash(before[n-1])] {
		return true
	}
	// «سالن ورزشی ۲۹ بهمن»، «مجموعه فرهنگی ۱۵ خرداد»، «سالن اجتماعات
	// ۲۲ بهمن»: one adjective or noun of the place between.
	return n > 1 && placeNouns[persian.Squash(before[n-2])] && r16CPlaceModifier(before[n-1]) && !r16COpensWithDay(d)
}

// maxPlaceRunes is how far before a date a place's noun may start, one
// modifier between.
const maxPlaceRunes = 32

// placeNouns are the nouns of streets and places a date may name.
var placeNouns = keySet("بلوار", "خیابان", "میدان", "کوچه", "بزرگراه", "اتوبان", "کوی", "شهرک", "پل", "بیمارستان", "پارک", "بوستان", "مدرسه", "دبیرستان", "ورزشگاه", "سالن",
	"مجموعه", "مجتمع", "تالار", "استادیوم", "فرهنگسرا", "دانشکده", "هنرستان", "دبستان")
