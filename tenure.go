package peyvand

import (
	"cmp"
	"time"
)

// Span returns the first and last day d covers: one day for a day, the
// whole month for a month or a named period, the whole year for a year.
// ok is false for a nil date or one whose ISO is not YYYY-MM-DD.
func (d *Date) Span() (first, last time.Time, ok bool) {
	if d == nil {
		return first, last, false
	}
	first, err := time.Parse(time.DateOnly, d.ISO)
	if err != nil {
		return first, last, false
	}
	switch d.Precision {
	case PrecisionYear:
		last = first.AddDate(1, 0, -1)
	case PrecisionMonth, PrecisionPeriod:
		last = first.AddDate(0, 1, -1)
	default:
		last = first
	}
	return first, last, true
}

// CompareTenures is the time order of tenures: by the first day of the
// start, or of the end for a tenure known only by its end; at the same
// day, the one ending first; tenures with no date come last, and ties go
// by ID.
func CompareTenures(a, b *Tenure) int {
	ka, oka := tenureKey(a)
	kb, okb := tenureKey(b)
	if oka != okb {
		if oka {
			return -1
		}
		return 1
	}
	if c := ka.Compare(kb); c != 0 {
		return c
	}
	_, ea, oka := a.End.Span()
	_, eb, okb := b.End.Span()
	if oka && okb {
		if c := ea.Compare(eb); c != 0 {
			return c
		}
	}
	return cmp.Compare(a.ID, b.ID)
}

// tenureKey is the day a tenure sorts by, and whether it has one.
func tenureKey(t *Tenure) (day time.Time, ok bool) {
	if first, _, ok := t.Start.Span(); ok {
		return first, true
	}
	if first, _, ok := t.End.Span(); ok {
		return first, true
	}
	return day, false
}
