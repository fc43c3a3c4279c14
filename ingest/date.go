package ingest

import (
	"fmt"
	"time"

	"github.com/peyvand/peyvand"
	"github.com/peyvand/peyvand/persian"
)

// precisions are the date precisions a document may state.
var precisions = map[string]peyvand.Precision{
	"":                              peyvand.PrecisionDay,
	string(peyvand.PrecisionDay):    peyvand.PrecisionDay,
	string(peyvand.PrecisionMonth):  peyvand.PrecisionMonth,
	string(peyvand.PrecisionYear):   peyvand.PrecisionYear,
	string(peyvand.PrecisionPeriod): peyvand.PrecisionPeriod,
}

// graphDate turns a document's ISO date, the text it was read from and its
// precision into a graph date with the Solar Hijri equivalent. It returns
// nil for an absent date.
func graphDate(iso *string, original, precision string) (*peyvand.Date, error) {
	if iso == nil || *iso == "" {
		return nil, nil
	}
	t, err := time.Parse(time.DateOnly, *iso)
	if err != nil {
		return nil, fmt.Errorf("date %q is not YYYY-MM-DD", *iso)
	}
	p, ok := precisions[precision]
	if !ok {
		return nil, fmt.Errorf("date precision %q is not DAY, MONTH, YEAR or PERIOD", precision)
	}
	d := &peyvand.Date{ISO: *iso, Original: original, Precision: p}
	d.SolarHijri = persian.SolarHijriOf(t)
	return d, nil
}
