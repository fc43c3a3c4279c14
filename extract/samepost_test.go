package extract

import (
	"reflect"
	"testing"
)

// TestPostToldAgain checks that a post told again with no body is the
// post named before with its body, and that the holder of one post of a
// body is not taken for the unnamed holder of another post of it.
func TestPostToldAgain(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a post told short", "رئیس دانشگاه علوم پزشکی کاشان و معاون درمان این دانشگاه از بیمارستان بازدید کردند.\nدکتر بهمن راد، معاون درمان، گفت: بخش جدید آماده است.",
			[]string{"بهمن راد|معاون درمان|دانشگاه علوم پزشکی کاشان"}},
		{"the deputy speaks after the head", "رئیس دانشگاه علوم پزشکی کاشان در این نشست گفت: بخش جدید آماده است.\nدکتر بهمن راد معاون درمان دانشگاه علوم پزشکی کاشان افزود: این بخش بیست تخت دارد.",
			[]string{"بهمن راد|معاون درمان|دانشگاه علوم پزشکی کاشان"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := affiliationsOf(tc.text); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
