package persian

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"
)

// knownPairs are Solar Hijri and Gregorian days taken from the official
// Iranian calendar, not from the conversion library.
var knownPairs = []struct {
	y, m, d int
	iso     string
}{
	{1403, 12, 12, "2025-03-02"},
	{1404, 1, 1, "2025-03-21"},
	{1403, 1, 1, "2024-03-20"},
	{1402, 1, 1, "2023-03-21"},
	{1401, 2, 25, "2022-05-15"},
	{1404, 1, 31, "2025-04-20"},
	{1404, 2, 3, "2025-04-23"},
	{1403, 11, 22, "2025-02-10"},
	{1399, 12, 30, "2021-03-20"},
	{1403, 12, 30, "2025-03-20"},
	{1404, 7, 1, "2025-09-23"},
	{1397, 7, 29, "2018-10-21"},
	{1404, 2, 16, "2025-05-06"},
	{1403, 7, 1, "2024-09-22"},
	{1404, 12, 29, "2026-03-20"},
	{1405, 1, 1, "2026-03-21"},
	{1400, 1, 1, "2021-03-21"},
}

func TestToGregorianKnownPairs(t *testing.T) {
	for _, p := range knownPairs {
		g, err := ToGregorian(p.y, p.m, p.d)
		if err != nil {
			t.Errorf("ToGregorian(%d, %d, %d): %v", p.y, p.m, p.d, err)
			continue
		}
		if got := g.Format(time.DateOnly); got != p.iso {
			t.Errorf("ToGregorian(%d, %d, %d) = %s, want %s", p.y, p.m, p.d, got, p.iso)
		}
	}
}

func TestToSolarHijriKnownPairs(t *testing.T) {
	for _, p := range knownPairs {
		g, err := time.Parse(time.DateOnly, p.iso)
		if err != nil {
			t.Fatal(err)
		}
		if y, m, d := ToSolarHijri(g); y != p.y || m != p.m || d != p.d {
			t.Errorf("ToSolarHijri(%s) = %d-%d-%d, want %d-%d-%d", p.iso, y, m, d, p.y, p.m, p.d)
		}
	}
}

func TestToSolarHijriUsesLocalDay(t *testing.T) {
	tehran := time.FixedZone("IRST", 3*3600+1800)
	// 22:00 UTC on 20 March 2025 is already 21 March, Nowruz, in Tehran.
	at := time.Date(2025, 3, 20, 22, 0, 0, 0, time.UTC).In(tehran)
	if y, m, d := ToSolarHijri(at); y != 1404 || m != 1 || d != 1 {
		t.Errorf("ToSolarHijri(%v) = %d-%d-%d, want 1404-1-1", at, y, m, d)
	}
}

func TestToGregorianRejectsInvalid(t *testing.T) {
	for _, c := range []struct{ y, m, d int }{
		{1404, 12, 30}, // 1404 is not leap
		{1402, 12, 30},
		{1403, 13, 1},
		{1403, 0, 1},
		{1403, 7, 31},
		{1403, 1, 32},
		{1403, 1, 0},
		{MinYear - 1, 1, 1},
		{MaxYear + 1, 1, 1},
	} {
		if g, err := ToGregorian(c.y, c.m, c.d); err == nil {
			t.Errorf("ToGregorian(%d, %d, %d) = %v, want an error", c.y, c.m, c.d, g)
		} else if !errors.Is(err, errInvalidDate) {
			t.Errorf("ToGregorian(%d, %d, %d) error %v does not wrap errInvalidDate", c.y, c.m, c.d, err)
		}
	}
}

func TestLeapYears(t *testing.T) {
	// The official calendar's leap years around the corpus.
	leap := map[int]bool{1391: true, 1395: true, 1399: true, 1403: true, 1408: true}
	for y := 1390; y <= 1410; y++ {
		if got := IsLeapYear(y); got != leap[y] {
			t.Errorf("IsLeapYear(%d) = %v, want %v", y, got, leap[y])
		}
	}
}

func TestRoundTrip(t *testing.T) {
	for y := 1300; y <= 1500; y += 7 {
		for m := 1; m <= 12; m++ {
			for _, d := range []int{1, DaysInMonth(y, m)} {
				g, err := ToGregorian(y, m, d)
				if err != nil {
					t.Fatalf("ToGregorian(%d, %d, %d): %v", y, m, d, err)
				}
				if yy, mm, dd := ToSolarHijri(g); yy != y || mm != m || dd != d {
					t.Fatalf("round trip %d-%d-%d gave %d-%d-%d", y, m, d, yy, mm, dd)
				}
				if next := g.AddDate(0, 0, 1); d == DaysInMonth(y, m) {
					if _, _, nd := ToSolarHijri(next); nd != 1 {
						t.Fatalf("day after %d-%d-%d is day %d, want 1", y, m, d, nd)
					}
				}
			}
		}
	}
}

// TestSolarHijriOfConversionTable checks the stored form of Solar Hijri days
// against testdata/solarhijri.tsv.
func TestSolarHijriOfConversionTable(t *testing.T) {
	data, err := os.ReadFile("testdata/solarhijri.tsv")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for i, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		iso, want, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("solarhijri.tsv:%d: want two tab-separated columns, got %q", i+1, line)
		}
		g, err := time.Parse(time.DateOnly, iso)
		if err != nil {
			t.Fatalf("solarhijri.tsv:%d: %v", i+1, err)
		}
		if got := SolarHijriOf(g); got != want {
			t.Errorf("SolarHijriOf(%s) = %q, want %q", iso, got, want)
		}
		n++
	}
	if n < 10 {
		t.Fatalf("solarhijri.tsv has %d days, want at least 10", n)
	}
}

func TestFormatSolarHijriPads(t *testing.T) {
	tests := []struct {
		y, m, d int
		want    string
	}{
		{1404, 1, 1, "1404-01-01"},
		{1403, 12, 30, "1403-12-30"},
		{MinYear, 7, 9, "0500-07-09"},
	}
	for _, tc := range tests {
		if got := FormatSolarHijri(tc.y, tc.m, tc.d); got != tc.want {
			t.Errorf("FormatSolarHijri(%d, %d, %d) = %q, want %q", tc.y, tc.m, tc.d, got, tc.want)
		}
	}
}

func TestSolarHijriOfBeforeMinYear(t *testing.T) {
	g := time.Date(1000, 6, 1, 0, 0, 0, 0, time.UTC)
	if got := SolarHijriOf(g); got != "" {
		t.Errorf("SolarHijriOf(%s) = %q, want \"\" before Solar Hijri %d", g.Format(time.DateOnly), got, MinYear)
	}
}
