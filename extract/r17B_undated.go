package extract

import (
	"strings"
	"time"

	"github.com/peyvand/peyvand/persian"
)

// r17bUndatedChange reports an appointment whose date the text does not
// tell, though the report's event has one: the sentence of the change
// names no day of its own and either tells another time than a day
// («هفته گذشته»، «شهریورماه امسال»: the change was made then, on a day the
// text leaves out) or tells the move of an outgoing holder, the
// predecessor of another appointment («ب پیش‌تر به سمت R منصوب شده
// است»), which is not the day of the ceremony the report is about.
func (a *analysis) r17bUndatedChange(ap appMention) bool {
	s := ap.sent
	if a.dayIn(s) != nil || a.relativeDayIn(s) != nil || a.r16CMonthStartIn(s) != nil {
		return false
	}
	if a.r17bIsPredecessor(ap.person) {
		return true
	}
	for _, d := range a.datesIn(s) {
		if d.Precision == persian.PrecisionMonth {
			return true
		}
	}
	ts := a.toks
	i0, i1 := a.sentRange(s)
	for k := i0; k < i1; k++ {
		if _, _, ok := weekAt(ts, k, i1); ok || a.r17bMonthOnlyAt(k, i1) {
			return true
		}
	}
	return false
}

// solarMonths are the months of the Solar Hijri year.
var solarMonths = keySet("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")

// monthOnlyAfters follow a month named with no day: «شهریور امسال»،
// «آبان ماه»، «مهر گذشته».
var monthOnlyAfters = keySet("امسال", "ماه", "گذشته", "سال")

// r17bMonthOnlyAt reports a month named at k with no day before it
// («شهریورماه امسال»، «آبان ماه گذشته»): a time the text tells by its month
// only. A month word alone («مهر»، «بهمن») may be a name and is not read.
func (a *analysis) r17bMonthOnlyAt(k, i1 int) bool {
	ts := a.toks
	key := ts[k].key
	month := false
	if stem, ok := strings.CutSuffix(key, persianKey("ماه")); ok && solarMonths[stem] {
		month = true
	} else if solarMonths[key] && k+1 < i1 && monthOnlyAfters[ts[k+1].key] {
		month = true
	}
	if !month {
		return false
	}
	return k == 0 || !(ts[k-1].digit || numberWords[ts[k-1].key] || ordinalDay(ts[k-1].key))
}

// ordinalDay reports a day told by an ordinal word: «دوم»، «بیستم».
func ordinalDay(key string) bool {
	return strings.HasSuffix(key, "م") && numberWords[strings.TrimSuffix(key, "م")] || key == persianKey("یکم") || key == persianKey("سوم")
}

// r17bDecreeWords name a decree or decrees: «حکم»، «حکمی»، «احکام»، «حکم‌ها».
var r17bDecreeWords = keySet("حکم", "حکمی", "احکام", "حکم‌ها", "حکمها", "احکامی")

// r17bReportDecreeDay returns the one day the report says its decree or
// decrees were issued on: a day followed in its clause by a verb of issue
// and told after a word of decree in that clause («حکم او چهارشنبه ۴ آذر
// صادر شده بود»، «طی احکام جداگانه‌ای که روز شنبه ۲۷ دی صادر شد»), the
// decree of no one else named right after «حکم». Nil when no such day is
// told for ap, or more than one.
func (a *analysis) r17bReportDecreeDay(ap appMention) *persian.DateMatch {
	ts := a.toks
	var found *persian.DateMatch
	for s := range a.sents {
		if !a.sentenceHasAny(s, r17bDecreeWords) {
			continue
		}
		i0, i1 := a.sentRange(s)
		ds := a.datesIn(s)
		for n := range ds {
			d := &ds[n]
			if d.Precision != persian.PrecisionDay {
				continue
			}
			k := a.tokenAtOffset(i0, i1, d.Start)
			if k < i0 || !a.issuedOn(d, k, i1) || !a.r17bRecentDay(d) {
				continue
			}
			decree := false
			for m := k - 1; m >= i0 && !ts[m].punct; m-- {
				if r17bDecreeWords[ts[m].key] {
					// «حکم نادر تابنده ... صادر شده بود» is another's
					// decree.
					j := m + 1
					if j < i1 && ts[j].key == keyAppointment {
						j++
					}
					q := a.personStartingAt(j)
					decree = q == nil || samePerson(q, ap.person)
					break
				}
			}
			if !decree {
				continue
			}
			if found != nil && found.ISO != d.ISO {
				return nil
			}
			found = d
		}
	}
	return found
}

// maxDecreeDaysBefore bounds how long before the report a decree it dates
// was issued.
const maxDecreeDaysBefore = 120

// r17bRecentDay reports a day not after the report's publication and not
// long before it; with no publication date known, any day.
func (a *analysis) r17bRecentDay(d *persian.DateMatch) bool {
	if a.published.IsZero() {
		return true
	}
	t, err := d.Time()
	if err != nil {
		return false
	}
	ago := a.published.Sub(t)
	return ago >= 0 && ago <= maxDecreeDaysBefore*24*time.Hour
}
