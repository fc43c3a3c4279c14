package extract

import (
	"reflect"
	"testing"
)

// TestR11BStreetNamedAfterSomeone checks that a name right after
// «میدان» or «خیابان», with no title, names the place and no person.
func TestR11BStreetNamedAfterSomeone(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a square", "قرارداد ساخت تقاطع میدان بهمن رادمنش با امضای کاوه نیکوپور منعقد شد.", []string{"کاوه نیکوپور"}},
		{"a street", "کاوه نیکوپور گفت: خیابان بهمن رادمنش تا پایان سال آسفالت می‌شود.", []string{"کاوه نیکوپور"}},
		{"a title keeps the person", "در میدان مهندس بهمن رادمنش سخن گفت.", []string{"بهمن رادمنش"}},
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
