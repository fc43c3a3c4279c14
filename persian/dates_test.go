package persian

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestFindDates(t *testing.T) {
	for _, row := range readTable(t, "dates.tsv", 3) {
		text, want := row[0], row[2]
		year, err := strconv.Atoi(row[1])
		if err != nil {
			t.Fatalf("bad default year %q", row[1])
		}
		got := FindDates(text, year)
		var gs []string
		runes := []rune(text)
		for _, d := range got {
			gs = append(gs, fmt.Sprintf("%s|%s|%s|%s", d.Original, d.ISO, d.SolarHijri, d.Precision))
			if d.Start < 0 || d.End > len(runes) || d.Start >= d.End || string(runes[d.Start:d.End]) != d.Original {
				t.Errorf("FindDates(%q): offsets %d:%d do not give %q", text, d.Start, d.End, d.Original)
			}
		}
		if g := strings.Join(gs, " ;; "); g != want {
			t.Errorf("FindDates(%q, %d)\n got %s\nwant %s", text, year, g, want)
		}
	}
}

func TestParseDate(t *testing.T) {
	for _, c := range []struct {
		in   string
		year int
		iso  string // empty: not a date
	}{
		{"1403/12/12", 0, "2025-03-02"},
		{"  ۱۲ اسفند ۱۴۰۳ ", 0, "2025-03-02"},
		{"2025-03-02", 0, "2025-03-02"},
		{"سال ۱۴۰۴", 0, "2025-03-21"},
		{"۱۲ اسفند", 1403, "2025-03-02"},
		{"۱۲ اسفند", 0, ""},
		{"۱۲ اسفند ۱۴۰۳ در تهران", 0, ""},
		{"دیروز", 1403, ""},
		{"", 1403, ""},
	} {
		d, ok := ParseDate(c.in, c.year)
		if ok != (c.iso != "") || d.ISO != c.iso {
			t.Errorf("ParseDate(%q, %d) = %q, %v, want %q", c.in, c.year, d.ISO, ok, c.iso)
		}
		if ok && d.Original != strings.TrimSpace(c.in) {
			t.Errorf("ParseDate(%q).Original = %q", c.in, d.Original)
		}
	}
}

func TestDateMatchTime(t *testing.T) {
	d, ok := ParseDate("۱۲ اسفند ۱۴۰۳", 0)
	if !ok {
		t.Fatal("no date")
	}
	got, err := d.Time()
	if err != nil || !got.Equal(time.Date(2025, 3, 2, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Time() = %v, %v", got, err)
	}
	if _, err := (DateMatch{ISO: "nope"}).Time(); err == nil {
		t.Errorf("Time() of a bad ISO gave no error")
	}
}
