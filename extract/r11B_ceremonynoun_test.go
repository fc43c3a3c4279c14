package extract

import (
	"reflect"
	"testing"
)

// TestR11BCommonNounAfterDemonstrative checks that a given name which is
// also a common noun (آیین) is the noun after a demonstrative («در این
// آیین نیکوپور گفت»), and that a port named after a martyr (بندر شهید X)
// names no person.
func TestR11BCommonNounAfterDemonstrative(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"noun after «این»", "کاوه نیکوپور به سمت رئیس اداره ورزش شهرستان ماهان منصوب شد. در این آیین نیکوپور گفت: کار ادامه دارد.",
			[]string{"کاوه نیکوپور", "نیکوپور"}},
		{"the name after a title", "در این جلسه مهندس آیین نیکوپور گفت: کار ادامه دارد.", []string{"آیین نیکوپور"}},
		{"a port named after a martyr", "کاوه نیکوپور در بندر شهید رستگار‌نیا سخن گفت.", []string{"کاوه نیکوپور"}},
	}
	got := appointmentsOf("کاوه نیکوپور به سمت رئیس اداره ورزش شهرستان ماهان منصوب شد. در این آیین نیکوپور جایگزین بهمن راد شد.")
	if want := []string{"کاوه نیکوپور|رئیس|اداره ورزش شهرستان ماهان|بهمن راد"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := personsOf(tc.text)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
