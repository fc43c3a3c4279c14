package persian

import (
	"fmt"
	"strings"
	"time"
)

// Precisions of a DateMatch.
const (
	PrecisionDay    = "DAY"
	PrecisionMonth  = "MONTH"
	PrecisionYear   = "YEAR"
	PrecisionPeriod = "PERIOD"
)

// DateMatch is a date found in text.
type DateMatch struct {
	Start, End int    // rune offsets of the matched text in the input
	Original   string // the matched text as written
	ISO        string // Gregorian YYYY-MM-DD (month precision: first day of month; year: first day of year; period: its first day)
	SolarHijri string // YYYY-MM-DD Solar Hijri, same day as ISO
	Precision  string // "DAY", "MONTH", "YEAR", "PERIOD"
}

// Time returns the Gregorian day of m at midnight UTC.
func (m DateMatch) Time() (time.Time, error) {
	t, err := time.Parse(time.DateOnly, m.ISO)
	if err != nil {
		return time.Time{}, fmt.Errorf("date match %q: %w", m.Original, err)
	}
	return t, nil
}

// FindDates returns every Solar Hijri date written in text, in order.
// defaultYear is the Solar Hijri year to assume when a date has no year (0: such dates are skipped).
//
// It reads «۱۲ اسفندماه ۱۴۰۳», «شنبه سی ام فروردین ماه ۱۴۰۴» (a weekday
// before the day is part of the match), «سی و یکم فروردین», «۳ اردیبهشت
// ماه ۴۰۴» (a three-digit year is 1xxx), «اسفند ۱۴۰۳» (MONTH), «سال ۱۴۰۴»
// (YEAR), «دهه فجر ۱۴۰۳» (PERIOD), 1403/12/12, ۹۷/۰۷/۲۹ (two-digit years:
// up to 30 are 14xx, the rest 13xx) and Gregorian 2025-03-02, 2025/03/02,
// «۲ مارس ۲۰۲۵» and «March 2, 2025». A span «۱۵ تا ۱۸ اردیبهشت» is the
// date of its first day. A weekday may be set off from its day
// by a comma, a slash or a dash («سه‌شنبه، ۲ اردیبهشت»). A month name
// counts only next to a day or a year, since مهر، تیر، دی and others are
// ordinary words too. Impossible days (۳۰ اسفند ۱۴۰۴) are not dates.
func FindDates(text string, defaultYear int) []DateMatch {
	words := normWords(text)
	var out []DateMatch
	var runes []rune
	for i := 0; i < len(words); {
		d, next, ok := dateAt(words, i, defaultYear)
		if !ok {
			i = max(i+1, next)
			continue
		}
		if runes == nil {
			runes = []rune(text)
		}
		d.Start, d.End = words[i].start, words[next-1].end
		d.Original = string(runes[d.Start:d.End])
		out = append(out, d)
		i = next
	}
	return out
}

// ParseDate reads s as one date (the whole string).
func ParseDate(s string, defaultYear int) (DateMatch, bool) {
	words := normWords(s)
	if len(words) == 0 {
		return DateMatch{}, false
	}
	d, next, ok := dateAt(words, 0, defaultYear)
	if !ok || next != len(words) {
		return DateMatch{}, false
	}
	runes := []rune(s)
	d.Start, d.End = words[0].start, words[next-1].end
	d.Original = string(runes[d.Start:d.End])
	return d, true
}

// dateAt reads the date starting at words[i]; next is the index after it.
// When ok is false, next may still pass words that looked like a date but
// are none (۳۲ فروردین ۱۴۰۴), so they are not read again in part. Start, End
// and Original are left to the caller.
func dateAt(w []word, i, defaultYear int) (d DateMatch, next int, ok bool) {
	if d, ok := numericDate(w[i].norm); ok {
		return d, i + 1, true
	}
	if w[i].norm == yearWord {
		if y, n, ok := yearAt(w, i+1); ok {
			return makeDate(y, 1, 1, PrecisionYear, n)
		}
		return d, 0, false
	}
	if p, n, ok := periodAt(w, i); ok {
		y := defaultYear
		if yy, nn, ok := yearAt(w, skipYearWord(w, n)); ok {
			y, n = yy, nn
		}
		if y == 0 {
			return d, 0, false
		}
		return makeDate(y, p.month, p.day, PrecisionPeriod, n)
	}
	if d, n, ok := gregorianAt(w, i); ok {
		return d, n, true
	}
	j := i
	if n, ok := weekdayAt(w, j); ok {
		j = n
		for j < len(w) && (dateFiller[w[j].norm] || weekdaySeparators[w[j].norm]) {
			j++
		}
	}
	if day, n, ok := dayAt(w, j); ok {
		// «۱۵ تا ۱۸ اردیبهشت»: a span of days dates its first.
		if n+1 < len(w) && rangeWords[w[n].norm] {
			if _, nn, ok := dayAt(w, n+1); ok {
				if _, _, ok := monthAt(w, nn); ok {
					n = nn
				}
			}
		}
		if m, n, ok := monthAt(w, n); ok {
			y, yn, hasYear := yearAt(w, skipYearWord(w, n)) // «۱۵ اردیبهشت سال ۱۴۰۴»
			if !hasYear {
				y, yn = defaultYear, n
			}
			if y == 0 {
				return d, yn, false
			}
			// A day that does not exist is no date, and its month and
			// year are not a month-precision date either.
			if d, _, ok := makeDate(y, m, day, PrecisionDay, yn); ok {
				return d, yn, true
			}
			return d, yn, false
		}
	}
	if j != i {
		return d, 0, false // a weekday without a date after it
	}
	if m, n, ok := monthAt(w, i); ok {
		if y, n, ok := yearAt(w, skipYearWord(w, n)); ok {
			return makeDate(y, m, 1, PrecisionMonth, n)
		}
	}
	return d, 0, false
}

// makeDate fills the dates of a match ending before word next, or fails if
// the day does not exist.
func makeDate(y, m, day int, precision string, next int) (DateMatch, int, bool) {
	g, err := ToGregorian(y, m, day)
	if err != nil {
		return DateMatch{}, 0, false
	}
	return DateMatch{
		ISO:        g.Format(time.DateOnly),
		SolarHijri: FormatSolarHijri(y, m, day),
		Precision:  precision,
	}, next, true
}

// numericDate reads one token written with digits: 1403/12/12, 12/12/1403,
// 97/07/29, 1403-12-12 (Solar Hijri), or 2025-03-02, 2025/03/02 and the
// day of a timestamp 2025-03-02T10:30:00 (Gregorian).
func numericDate(s string) (DateMatch, bool) {
	if len(s) < 5 || s[0] < '0' || s[0] > '9' {
		return DateMatch{}, false
	}
	if len(s) > len("2006-01-02T") && s[len("2006-01-02")] == 'T' {
		s = s[:len("2006-01-02")] // a timestamp: 2025-05-06T10:30:00
	}
	sep := ""
	for _, c := range []string{"/", "-", "."} {
		if strings.Count(s, c) == 2 {
			sep = c
			break
		}
	}
	if sep == "" {
		return DateMatch{}, false
	}
	parts := strings.Split(s, sep)
	var v [3]int
	for k, p := range parts {
		n, ok := parseDigits(p)
		if !ok || len(p) > 4 {
			return DateMatch{}, false
		}
		v[k] = n
	}
	y, m, day := v[0], v[1], v[2]
	switch {
	case len(parts[0]) == 4 && y >= 1700:
		return gregorianDay(y, m, day)
	case len(parts[0]) == 4:
	case len(parts[2]) == 4:
		y, day = day, y
	case len(parts[0]) == 2 && len(parts[2]) <= 2 && sep == "/":
		y = twoDigitYear(y)
	default:
		return DateMatch{}, false
	}
	if y < 1200 || y >= 1700 {
		return DateMatch{}, false
	}
	d, _, ok := makeDate(y, m, day, PrecisionDay, 0)
	return d, ok
}

// gregorianDay is the Gregorian day y-m-d, or false when it does not
// exist.
func gregorianDay(y, m, day int) (DateMatch, bool) {
	g := time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC)
	if g.Year() != y || int(g.Month()) != m || g.Day() != day {
		return DateMatch{}, false
	}
	sh := SolarHijriOf(g)
	if sh == "" {
		return DateMatch{}, false
	}
	return DateMatch{ISO: g.Format(time.DateOnly), SolarHijri: sh, Precision: PrecisionDay}, true
}

// gregorianAt reads a Gregorian date written with its month's name at
// w[i]: «۲ مارس ۲۰۲۵», «2 March 2025» or «March 2, 2025». The year must be
// given, since مه and می are ordinary words too.
func gregorianAt(w []word, i int) (DateMatch, int, bool) {
	day, n, ok := dayAt(w, i)
	if ok {
		m, ok := gregorianMonth(w, n)
		if !ok {
			return DateMatch{}, 0, false
		}
		y, ok := gregorianYear(w, n+1)
		if !ok {
			return DateMatch{}, 0, false
		}
		d, ok := gregorianDay(y, m, day)
		return d, n + 2, ok
	}
	m, ok := gregorianMonth(w, i)
	if !ok {
		return DateMatch{}, 0, false
	}
	day, n, ok = dayAt(w, i+1)
	if !ok {
		return DateMatch{}, 0, false
	}
	if n < len(w) && (w[n].norm == "," || w[n].norm == "،") {
		n++
	}
	y, ok := gregorianYear(w, n)
	if !ok {
		return DateMatch{}, 0, false
	}
	d, ok := gregorianDay(y, m, day)
	return d, n + 1, ok
}

func gregorianMonth(w []word, i int) (int, bool) {
	if i >= len(w) {
		return 0, false
	}
	m, ok := gregorianMonths[strings.ToLower(strings.TrimSuffix(w[i].norm, "."))]
	return m, ok
}

// gregorianYear reads a four-digit Gregorian year 1900..2199 at w[i].
func gregorianYear(w []word, i int) (int, bool) {
	if i >= len(w) || len(w[i].norm) != 4 {
		return 0, false
	}
	y, ok := parseDigits(w[i].norm)
	return y, ok && y >= 1900 && y < 2200
}

// twoDigitYear expands a two-digit Solar Hijri year: 97 is 1397, 03 is 1403.
func twoDigitYear(y int) int {
	if y <= 30 {
		return 1400 + y
	}
	return 1300 + y
}

// yearAt reads a Solar Hijri year at w[i]: four digits 1200..1699, three
// digits 300..499 (۴۰۴ is 1404), or number words in 1200..1699; an era
// (هجری شمسی) after it is taken too.
func yearAt(w []word, i int) (y, next int, ok bool) {
	if i >= len(w) {
		return 0, i, false
	}
	s := w[i].norm
	if v, ok := parseDigits(s); ok {
		switch {
		case len(s) == 4 && v >= 1200 && v < 1700:
			y = v
		case len(s) == 3 && v >= 300 && v < 500:
			y = 1000 + v
		default:
			return 0, i, false
		}
		next = i + 1
	} else {
		if !isNumberWord(s) {
			return 0, i, false
		}
		v, n, ordinal, ok := numberAt(wordNorms(w, i, 8), 0)
		if !ok || ordinal || v < 1200 || v >= 1700 {
			return 0, i, false
		}
		y, next = v, i+n
	}
	for next < len(w) && eraWords[w[next].norm] {
		next++
	}
	return y, next, true
}

// skipYearWord steps over a «سال» at w[i]: «اسفند سال ۱۴۰۳».
func skipYearWord(w []word, i int) int {
	if i < len(w) && w[i].norm == yearWord {
		return i + 1
	}
	return i
}

// dayAt reads a day of the month at w[i]: one or two digits, or number
// words (سی و یکم، دوم، بیست و پنج) 1..31.
func dayAt(w []word, i int) (day, next int, ok bool) {
	if i >= len(w) {
		return 0, i, false
	}
	if v, ok := parseDigits(w[i].norm); ok {
		// Two digits past 31 are still read as a day, so that a date
		// that does not exist is skipped whole rather than in part.
		if len(w[i].norm) > 2 || v < 1 {
			return 0, i, false
		}
		next = i + 1
		if next < len(w) && ordinalSuffixes[w[next].norm] {
			next++
		}
		return v, next, true
	}
	if !isNumberWord(w[i].norm) {
		return 0, i, false
	}
	v, n, _, ok := numberAt(wordNorms(w, i, 6), 0)
	if !ok || v < 1 || v > 31 {
		return 0, i, false
	}
	return v, i + n, true
}

// monthAt reads a month name at w[i], with «ماه» glued or after it.
func monthAt(w []word, i int) (m, next int, ok bool) {
	if i >= len(w) {
		return 0, i, false
	}
	s := w[i].norm
	m, ok = monthNames[s]
	if !ok {
		m, ok = monthNames[strings.TrimSuffix(s, monthWord)]
		if !ok {
			return 0, i, false
		}
		return m, i + 1, true
	}
	next = i + 1
	if next < len(w) && w[next].norm == monthWord {
		next++
	}
	return m, next, true
}

// weekdayAt reads a weekday name at w[i].
func weekdayAt(w []word, i int) (next int, ok bool) {
	for _, wd := range weekdays {
		if matchWords(w, i, wd) {
			return i + len(wd), true
		}
	}
	return i, false
}

// periodAt reads a named period at w[i].
func periodAt(w []word, i int) (period, int, bool) {
	for _, p := range periods {
		if matchWords(w, i, p.words) {
			return p, i + len(p.words), true
		}
	}
	return period{}, i, false
}

func matchWords(w []word, i int, want []string) bool {
	if i+len(want) > len(w) {
		return false
	}
	for k, s := range want {
		if w[i+k].norm != s {
			return false
		}
	}
	return true
}

// wordNorms returns the normalized forms of at most n words from w[i].
func wordNorms(w []word, i, n int) []string {
	end := min(len(w), i+n)
	out := make([]string, 0, end-i)
	for _, x := range w[i:end] {
		out = append(out, x.norm)
	}
	return out
}

// isNumberWord reports whether a number in words can start with s.
func isNumberWord(s string) bool {
	_, c := cardinals[s]
	_, o := ordinals[s]
	return c || o
}
