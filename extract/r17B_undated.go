package extract

import "github.com/peyvand/peyvand/persian"

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
		if _, _, ok := weekAt(ts, k, i1); ok {
			return true
		}
	}
	return false
}
