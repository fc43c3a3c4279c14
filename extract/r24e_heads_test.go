package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestR24EHeadSurname checks a body's one-word head that is a surname's
// first part typed apart («کلانتری رامسری»): right after a given name and
// before a «ی» word and a clear end it is a person, no body; with a body's
// adjective after it, or after a post, it stays a body.
func TestR24EHeadSurname(t *testing.T) {
	tests := []struct {
		text   string
		person string // "" for none
		body   string // a body that must (or, with "-" first, must not) be found
	}{
		{"به گفته کاوه کلانتری رامسری، معاون عمرانی استانداری گیلان، طرح آغاز شد.\n", "کاوه کلانتری رامسری", "-کلانتری رامسری"},
		{"استاندار، سوسن کلانتری کرمانی را به عنوان مشاور خود منصوب کرد.\n", "سوسن کلانتری کرمانی", "-کلانتری کرمانی"},
		{"سرگرد کاوه ملکی، رئیس کلانتری مرکزی شهر رشت، از دستگیری سارق خبر داد.\n", "کاوه ملکی", "کلانتری مرکزی"},
	}
	for _, tt := range tests {
		got, _ := personsOf(tt.text)
		if tt.person != "" && !slices.Contains(got, tt.person) {
			t.Errorf("%s: persons %q, want «%s»", tt.text, got, tt.person)
		}
		a := analyze(tt.text)
		var bodies []string
		for _, o := range a.orgs {
			bodies = append(bodies, o.name)
		}
		if b, not := strings.CutPrefix(tt.body, "-"); not && slices.Contains(bodies, b) {
			t.Errorf("%s: bodies %q, do not want «%s»", tt.text, bodies, b)
		} else if !not && !slices.Contains(bodies, tt.body) {
			t.Errorf("%s: bodies %q, want «%s»", tt.text, bodies, tt.body)
		}
	}
}
