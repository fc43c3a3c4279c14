package extract

import (
	"reflect"
	"testing"
)

// TestBracketedPost checks «X (R BODY)»: a post in brackets right after a
// name is the name's, when the bracket closes right after the body.
func TestBracketedPost(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"closed", "خبر\n\nکامران نیک‌فر (رئیس سازمان جهاد کشاورزی استان سمنان) گفت: ذخایر کافی است.",
			[]string{"کامران نیک‌فر|رئیس|سازمان جهاد کشاورزی استان سمنان"}},
		{"more words inside", "خبر\n\nکامران نیک‌فر (رئیس سازمان جهاد کشاورزی استان سمنان در سال گذشته) گفت: ذخایر کافی است.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := affiliationsOf(tc.text); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
