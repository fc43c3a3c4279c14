package extract

import (
	"reflect"
	"testing"
)

// TestStopWordsFoldedIntoGivenName checks that two stop words written
// apart that fold like a one-word given name («این از» like «آیناز») are
// no given name, while the name itself still is one.
func TestStopWordsFoldedIntoGivenName(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"stop words", "خبر\n\nروزنامه سمنان پیش از این از کمبود واحد مسکونی خبر داده بود.", nil},
		{"the name", "خبر\n\nآیناز کاظمی‌راد، مدیر منطقه ۳ گفت: کار آغاز شد.", []string{"آیناز کاظمی‌راد"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got, _ := personsOf(tc.text); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("persons %q, want %q", got, tc.want)
			}
		})
	}
}
