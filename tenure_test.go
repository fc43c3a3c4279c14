package peyvand_test

import (
	"slices"
	"testing"

	"github.com/peyvand/peyvand"
)

func TestCompareTenures(t *testing.T) {
	d := func(iso string, p peyvand.Precision) *peyvand.Date { return &peyvand.Date{ISO: iso, Precision: p} }
	day := peyvand.PrecisionDay
	ts := []*peyvand.Tenure{
		{ID: "ten_undated"},
		{ID: "ten_b", Start: d("2024-03-01", day)},
		{ID: "ten_endonly", End: d("2023-06-01", day)},
		{ID: "ten_a", Start: d("2024-03-01", day)},
		{ID: "ten_year", Start: d("2024-01-01", peyvand.PrecisionYear), End: d("2025-01-01", peyvand.PrecisionYear)},
		{ID: "ten_shorter", Start: d("2024-01-01", day), End: d("2024-02-01", day)},
		{ID: "ten_bad", Start: d("1403-01-01x", day)},
	}
	slices.SortStableFunc(ts, peyvand.CompareTenures)
	var got []string
	for _, x := range ts {
		got = append(got, x.ID)
	}
	want := []string{"ten_endonly", "ten_shorter", "ten_year", "ten_a", "ten_b", "ten_bad", "ten_undated"}
	if !slices.Equal(got, want) {
		t.Errorf("order = %v, want %v", got, want)
	}
}

func TestDateSpan(t *testing.T) {
	first, last, ok := (&peyvand.Date{ISO: "2024-02-01", Precision: peyvand.PrecisionMonth}).Span()
	if !ok || first.Format("2006-01-02") != "2024-02-01" || last.Format("2006-01-02") != "2024-02-29" {
		t.Errorf("month span = %v %v %v", first, last, ok)
	}
	if _, _, ok := (*peyvand.Date)(nil).Span(); ok {
		t.Error("a nil date has a span")
	}
}
