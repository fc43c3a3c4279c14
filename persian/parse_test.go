package persian

import (
	"errors"
	"strings"
	"testing"
)

// TestParseDayConverts checks typed days against a table of known
// conversions, in every accepted spelling.
func TestParseDayConverts(t *testing.T) {
	cases := []struct {
		in       string
		calendar Calendar
		iso, sh  string
	}{
		{"1404-01-01", CalendarSolarHijri, "2025-03-21", "1404-01-01"},
		{"1403-12-12", CalendarSolarHijri, "2025-03-02", "1403-12-12"},
		{"1403-12-30", CalendarSolarHijri, "2025-03-20", "1403-12-30"}, // 1403 is a leap year
		{"1399-12-30", CalendarSolarHijri, "2021-03-20", "1399-12-30"}, // so is 1399
		{"1404-02-31", CalendarSolarHijri, "2025-05-21", "1404-02-31"},
		{"1404/2/31", CalendarSolarHijri, "2025-05-21", "1404-02-31"},
		{"۱۴۰۴/۰۲/۳۱", CalendarSolarHijri, "2025-05-21", "1404-02-31"},
		{"۱۴۰۴-۰۸-۰۱", CalendarSolarHijri, "2025-10-23", "1404-08-01"},
		{"١٤٠٤/٠١/٠١", CalendarSolarHijri, "2025-03-21", "1404-01-01"},
		{" 1404-1-1 ", CalendarSolarHijri, "2025-03-21", "1404-01-01"},
		{"\u200f۱۴۰۴/۰۲/۳۱\u200f", CalendarSolarHijri, "2025-05-21", "1404-02-31"}, // copied from right-to-left text
		{"2025-03-21", CalendarGregorian, "2025-03-21", "1404-01-01"},
		{"2025/3/2", CalendarGregorian, "2025-03-02", "1403-12-12"},
		{"۲۰۲۴-۰۲-۲۹", CalendarGregorian, "2024-02-29", "1402-12-10"},
	}
	for _, c := range cases {
		d, err := ParseDay(c.in)
		if err != nil {
			t.Errorf("ParseDay(%q): %v", c.in, err)
			continue
		}
		if d.Calendar != c.calendar || d.ISO != c.iso || d.SolarHijri != c.sh || d.Time.Format("2006-01-02") != c.iso {
			t.Errorf("ParseDay(%q) = %s %s / %s, want %s %s / %s", c.in, d.Calendar, d.ISO, d.SolarHijri, c.calendar, c.iso, c.sh)
		}
	}
}

// TestParseDayRefusesImpossibleDays checks that a day that does not exist
// is an error saying why, never a neighbouring day.
func TestParseDayRefusesImpossibleDays(t *testing.T) {
	cases := []struct{ in, want string }{
		{"1404-13-01", "month 13 is not a month"},
		{"1404-12-30", "1404 is not a leap year"},
		{"1404-12-31", "has 29 days"},
		{"1403-12-31", "has 30 days"},
		{"1404-07-31", "has 30 days"},
		{"1404-00-10", "month 0"},
		{"1404-01-00", "has 31 days"},
		{"2025-02-30", "February 2025 has 28 days"},
		{"2025-02-29", "February 2025 has 28 days"},
		{"2025-13-01", "month 13"},
		{"0404-01-01", "before the Solar Hijri years"},
		{"9999-01-01", "after 3000"},
		{"", "give year-month-day"},
		{"1404", "give year-month-day"},
		{"1404-01", "give year-month-day"},
		{"1404-01-01-01", "give year-month-day"},
		{"04-01-01", "write the year in full"},
		{"1404-001-01", "give year-month-day"},
		{"tomorrow", "give year-month-day"},
		{"1404-+1-01", "give year-month-day"},
	}
	for _, c := range cases {
		d, err := ParseDay(c.in)
		if err == nil {
			t.Errorf("ParseDay(%q) = %+v, want an error", c.in, d)
			continue
		}
		if !errors.Is(err, ErrBadDay) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ParseDay(%q) error %q, want one containing %q", c.in, err, c.want)
		}
	}
}

// TestParseDayRoundTrips checks every day of some Solar Hijri years against
// the calendar's own conversion both ways.
func TestParseDayRoundTrips(t *testing.T) {
	for y := 1398; y <= 1410; y++ {
		for m := 1; m <= 12; m++ {
			for d := 1; d <= DaysInMonth(y, m); d++ {
				in := strings.Join([]string{itoa(y), itoa(m), itoa(d)}, "/")
				got, err := ParseDay(in)
				if err != nil {
					t.Fatalf("ParseDay(%q): %v", in, err)
				}
				want, _ := ToGregorian(y, m, d)
				if !got.Time.Equal(want) {
					t.Fatalf("ParseDay(%q) = %s, want %s", in, got.ISO, want.Format("2006-01-02"))
				}
				back, err := ParseDay(got.ISO)
				if err != nil || back.SolarHijri != got.SolarHijri {
					t.Fatalf("ParseDay(%q) = %+v, %v; want Solar Hijri %s", got.ISO, back, err, got.SolarHijri)
				}
			}
		}
	}
}

func itoa(n int) string {
	const digits = "0123456789"
	if n < 10 {
		return digits[n : n+1]
	}
	return itoa(n/10) + digits[n%10:n%10+1]
}
