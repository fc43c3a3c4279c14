package extract

import (
	"reflect"
	"testing"
)

// TestPluralPostOverNamedBodies checks a plural post over a plural head of
// bodies listing the bodies' own names, with a word of the post before
// the head and the place the bodies share after the list.
func TestPluralPostOverNamedBodies(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"names before, a shared province", "در این آیین بهمن راد و نادر امینی، مدیران شعب بانک‌های سپه و رفاه استان سمنان حضور داشتند.",
			[]string{"بهمن راد|مدیر شعب|بانک سپه استان سمنان", "نادر امینی|مدیر شعب|بانک رفاه استان سمنان"}},
		{"names after, no place", "مدیران عامل شرکت‌های فولاد و مس، بهمن راد و نادر امینی، در این نشست حضور داشتند.",
			[]string{"بهمن راد|مدیرعامل|شرکت فولاد", "نادر امینی|مدیرعامل|شرکت مس"}},
		{"a list longer than the names gives nothing", "بهمن راد و نادر امینی، مدیران شعب بانک‌های سپه، رفاه و ملت استان سمنان حضور داشتند.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := pluralAffiliationsOf(tc.text); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// pluralAffiliationsOf returns the affiliations the plural post rule
// finds in text, as person|role|body.
func pluralAffiliationsOf(text string) []string {
	var got []string
	for _, af := range analyze(text).affs {
		if af.rule == "plural-post-apposition" {
			got = append(got, af.person.name+"|"+af.role.role+"|"+af.role.org)
		}
	}
	return got
}
