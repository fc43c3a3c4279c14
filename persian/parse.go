package persian

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Calendar names the calendar a typed day was read in.
type Calendar string

// The calendars ParseDay reads.
const (
	CalendarGregorian  Calendar = "GREGORIAN"
	CalendarSolarHijri Calendar = "SOLAR_HIJRI"
)

// FirstGregorianYear is the smallest year ParseDay reads as Gregorian;
// smaller years are Solar Hijri. No Solar Hijri year of news reaches it and
// no Gregorian year of news falls below it.
const FirstGregorianYear = 1700

// LastGregorianYear is the largest Gregorian year ParseDay reads.
const LastGregorianYear = 3000

// ErrBadDay is wrapped by every error of ParseDay.
var ErrBadDay = errors.New("not a day")

// Day is a day someone typed, with the calendar it was read in and the
// same day in both calendars.
type Day struct {
	// Input is the text as given.
	Input string
	// Calendar is the calendar Input was read in.
	Calendar Calendar
	// Time is the Gregorian day at midnight UTC.
	Time time.Time
	// ISO is the Gregorian day, YYYY-MM-DD.
	ISO string
	// SolarHijri is the Solar Hijri day, YYYY-MM-DD.
	SolarHijri string
}

// dayFormats is what an error tells the user to type.
const dayFormats = "give year-month-day, Gregorian YYYY-MM-DD (2025-03-21) or Solar Hijri (1404-01-01, 1404/1/1, ۱۴۰۴/۰۱/۰۱)"

// ParseDay reads a day given as year, month and day joined by "-" or "/",
// in Latin, Persian or Arabic-Indic digits. A year below
// FirstGregorianYear is Solar Hijri, any other Gregorian. A day that does
// not exist (month 13, Esfand 30 of a common year, February 30) is an
// error that says why.
func ParseDay(s string) (Day, error) {
	in := strings.TrimSpace(s)
	parts, err := dayParts(in)
	if err != nil {
		return Day{}, err
	}
	y, m, d := parts[0], parts[1], parts[2]
	day := Day{Input: in}
	if y < FirstGregorianYear {
		if y < MinYear {
			return Day{}, fmt.Errorf("%q is %w: year %d is before the Solar Hijri years this service reads (%d..%d)", in, ErrBadDay, y, MinYear, FirstGregorianYear-1)
		}
		if m < 1 || m > 12 {
			return Day{}, fmt.Errorf("%q is %w: month %d is not a month (1..12)", in, ErrBadDay, m)
		}
		if n := DaysInMonth(y, m); d < 1 || d > n {
			why := ""
			if m == 12 && !IsLeapYear(y) {
				why = fmt.Sprintf("; %d is not a leap year", y)
			}
			return Day{}, fmt.Errorf("%q is %w: month %d of Solar Hijri %d has %d days%s", in, ErrBadDay, m, y, n, why)
		}
		day.Calendar = CalendarSolarHijri
		day.Time = gregorian(y, m, d)
	} else {
		if y > LastGregorianYear {
			return Day{}, fmt.Errorf("%q is %w: year %d is after %d", in, ErrBadDay, y, LastGregorianYear)
		}
		if m < 1 || m > 12 {
			return Day{}, fmt.Errorf("%q is %w: month %d is not a month (1..12)", in, ErrBadDay, m)
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if d < 1 || t.Day() != d {
			n := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
			return Day{}, fmt.Errorf("%q is %w: %s %d has %d days", in, ErrBadDay, time.Month(m), y, n)
		}
		day.Calendar = CalendarGregorian
		day.Time = t
	}
	day.ISO = day.Time.Format(time.DateOnly)
	day.SolarHijri = SolarHijriOf(day.Time)
	return day, nil
}

// dayParts splits a typed day into its three numbers.
func dayParts(in string) ([3]int, error) {
	var out [3]int
	latin := latinDigits(in)
	sep := "-"
	if strings.Contains(latin, "/") {
		sep = "/"
	}
	fields := strings.Split(latin, sep)
	if in == "" || len(fields) != 3 {
		return out, fmt.Errorf("%q is %w: %s", in, ErrBadDay, dayFormats)
	}
	for i, f := range fields {
		if f == "" || len(f) > 4 || (i > 0 && len(f) > 2) {
			return out, fmt.Errorf("%q is %w: %s", in, ErrBadDay, dayFormats)
		}
		n, err := strconv.Atoi(f)
		if err != nil || n < 0 || strings.ContainsAny(f, "+-") {
			return out, fmt.Errorf("%q is %w: %s", in, ErrBadDay, dayFormats)
		}
		out[i] = n
	}
	if len(fields[0]) < 3 {
		return out, fmt.Errorf("%q is %w: write the year in full; %s", in, ErrBadDay, dayFormats)
	}
	return out, nil
}

// latinDigits replaces Persian and Arabic-Indic digits with Latin ones
// and drops the direction marks a day copied from right-to-left text
// carries.
func latinDigits(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\u200e' || r == '\u200f' || r == '\u061c' || r == '\u200c' || (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069'):
			return -1
		case r >= '۰' && r <= '۹':
			return '0' + (r - '۰')
		case r >= '٠' && r <= '٩':
			return '0' + (r - '٠')
		}
		return r
	}, s)
}
