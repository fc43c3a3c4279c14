package persian

import (
	"fmt"
	"time"

	ptime "github.com/yaa110/go-persian-calendar"
)

// MinYear and MaxYear bound the Solar Hijri years this package converts; the
// calendar library is exact there and news text never leaves that span.
const (
	MinYear = 500
	MaxYear = 2500
)

// ToGregorian returns the Gregorian day (midnight UTC) of the Solar Hijri
// date y-m-d. It fails for a month outside 1..12, a day outside the month
// (Esfand 30 only in leap years) or a year outside MinYear..MaxYear.
func ToGregorian(y, m, d int) (time.Time, error) {
	if err := validSolarHijri(y, m, d); err != nil {
		return time.Time{}, fmt.Errorf("solar hijri %s: %w", FormatSolarHijri(y, m, d), err)
	}
	return gregorian(y, m, d), nil
}

// gregorian converts a date already known to be valid.
func gregorian(y, m, d int) time.Time {
	g := ptime.Date(y, ptime.Month(m), d, 12, 0, 0, 0, time.UTC).Time()
	return time.Date(g.Year(), g.Month(), g.Day(), 0, 0, 0, 0, time.UTC)
}

// ToSolarHijri returns the Solar Hijri date of the calendar day of t in t's
// own location. Days before MinYear give 0, 0, 0.
func ToSolarHijri(t time.Time) (y, m, d int) {
	gy, gm, gd := t.Date()
	p := ptime.New(time.Date(gy, gm, gd, 12, 0, 0, 0, time.UTC))
	if p.Year() < MinYear {
		return 0, 0, 0
	}
	return p.Year(), int(p.Month()), p.Day()
}

// FormatSolarHijri writes the Solar Hijri date y-m-d as YYYY-MM-DD, the one
// form every stored and shown Solar Hijri date takes.
func FormatSolarHijri(y, m, d int) string {
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

// SolarHijriOf returns the Solar Hijri YYYY-MM-DD of the calendar day of t
// in t's own location, or "" for a day before MinYear, which has none here.
func SolarHijriOf(t time.Time) string {
	y, m, d := ToSolarHijri(t)
	if y == 0 {
		return ""
	}
	return FormatSolarHijri(y, m, d)
}

// IsLeapYear reports whether Solar Hijri year y has a 30th of Esfand. It is
// read from the conversion itself, so it always agrees with ToGregorian.
func IsLeapYear(y int) bool {
	next := gregorian(y+1, 1, 1)
	esfand := gregorian(y, 12, 1)
	return next.Sub(esfand) == 30*24*time.Hour
}

// DaysInMonth returns the number of days of month m of Solar Hijri year y,
// or 0 when m is not a month.
func DaysInMonth(y, m int) int {
	switch {
	case m >= 1 && m <= 6:
		return 31
	case m >= 7 && m <= 11:
		return 30
	case m == 12 && IsLeapYear(y):
		return 30
	case m == 12:
		return 29
	}
	return 0
}

// errInvalidDate is wrapped by every date validation failure.
var errInvalidDate = fmt.Errorf("invalid date")

func validSolarHijri(y, m, d int) error {
	switch {
	case y < MinYear || y > MaxYear:
		return fmt.Errorf("%w: year outside %d..%d", errInvalidDate, MinYear, MaxYear)
	case m < 1 || m > 12:
		return fmt.Errorf("%w: month %d outside 1..12", errInvalidDate, m)
	case d < 1 || d > DaysInMonth(y, m):
		return fmt.Errorf("%w: day %d outside 1..%d", errInvalidDate, d, DaysInMonth(y, m))
	}
	return nil
}
